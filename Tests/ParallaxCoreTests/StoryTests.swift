import Foundation
import Testing
@testable import ParallaxCore
import ParallaxModels

/// The stories stage on the seeds mixed with other stories from the clustering dev data.
struct StoryTests {
    /// The seeds, then the first 30 BASIL dev articles (ten stories of three, one per outlet).
    static func mixed() throws -> [Article] {
        let basil = Ingest.read(try SharedData.document("eval/clustering/basil.dev.jsonl")).articles.prefix(30)
        return try (SharedData.seedArticles() + basil).map { Extract.article(from: $0) }
    }

    static func cluster(_ articles: [Article]) -> [StoryAssignment] {
        StoryBatch.cluster(articles).assignments
    }

    @Test func theSeedsAreOneStoryOfFiveAmongOthers() throws {
        let articles = try Self.mixed()
        let stories = Self.cluster(articles)
        let seedStories = Set(stories.prefix(5).map(\.story))
        #expect(seedStories.count == 1)
        #expect(!stories.dropFirst(5).contains { seedStories.contains($0.story) })
        // Three seeds carry no date (000, 002, 003): they join by content alone.
        #expect(articles.prefix(5).filter { $0.published == nil }.count >= 2)
        // BASIL ids are `<story uuid>_<n>`: no predicted story mixes two uuids (checked by hand too).
        var uuidsByStory: [String: Set<Substring>] = [:]
        for (article, assignment) in zip(articles.dropFirst(5), stories.dropFirst(5)) {
            uuidsByStory[assignment.story, default: []].insert(article.id.split(separator: "_")[0])
        }
        #expect(uuidsByStory.values.allSatisfy { $0.count == 1 })
        #expect(uuidsByStory.count <= 12)
    }

    @Test func evidenceSpansPointAtTheSharedWordsAsWritten() throws {
        let articles = try Self.mixed()
        let stories = Self.cluster(articles)
        var names: Set<String> = []
        for (article, assignment) in zip(articles, stories).prefix(5) where !assignment.opened {
            #expect(!assignment.evidence.isEmpty)
            for item in assignment.evidence {
                let written = item.field == .title
                    ? String(String.UnicodeScalarView(Array(article.title!.unicodeScalars)[item.span.start..<item.span.end]))
                    : article.text.slice(item.span)
                #expect(written == item.text)
                if item.kind == .name { names.insert(item.text) }
            }
        }
        #expect(names.contains("Putin"))
        #expect(names.contains("Peskov"))
    }

    @Test func anArticleInAnotherLanguageOpensItsOwnStory() throws {
        // A Russian page of the extraction dev half, put among the seeds.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: SharedData.url("eval/extraction/html").path)
            .first { $0.hasPrefix("c4a3637c6696") })
        let russian = try #require(Ingest.read(try SharedData.document("eval/extraction/html/" + name)).articles.first)
        let articles = try SharedData.seedArticles().map { Extract.article(from: $0) } + [Extract.article(from: russian)]
        let features = articles.map { StoryFeatureExtractor.features(of: $0) }
        #expect(features.last?.language == "ru")
        #expect(features.prefix(5).allSatisfy { $0.language == "en" })
        let stories = Self.cluster(articles)
        #expect(stories.last?.opened == true)
        #expect(Set(stories.prefix(5).map(\.story)).count == 1)
    }

    @Test func aSecondArticleUnderTheSameIDIsReportedAndSkipped() throws {
        let seeds = try SharedData.seedArticles()
        var seen = Set<String>()
        let first = UniqueIDs.keepFirst(seeds, seen: &seen)
        let again = UniqueIDs.keepFirst(Array(seeds.prefix(2)), seen: &seen)
        #expect(first.kept.count == 5 && first.errors.isEmpty)
        #expect(again.kept.isEmpty)
        #expect(again.errors.map(\.description) == seeds.prefix(2).map { "\($0.source): duplicate id \($0.id); skipped" })
    }

    @Test func aStoryLeavesTheWindowAndReopensUnderItsID() throws {
        let articles = try Self.mixed()
        let features = articles.map { StoryFeatureExtractor.features(of: $0) }
        var clusterer = StoryClusterer(primedLexicon: StoryClusterer.primedLexicon(features))
        let seedStory = (0..<4).map { clusterer.add(features[$0], id: articles[$0].id, title: articles[$0].title) }.last!.story
        // A BASIL article dated far after the seeds moves the clock past the window.
        var late = features[5]
        late.day = (features[4].day ?? 0) + StorySettings.standard.activeDays + 10
        _ = clusterer.add(late, id: articles[5].id, title: nil)
        let closed = clusterer.takeClosed()
        #expect(closed.map(\.id) == [seedStory])
        #expect(clusterer.activeCount == 1)
        // Through storage and back, as `cluster --stream --closed` / `--reopen` do.
        let stored = try JSONEncoder().encode(try #require(closed.first))
        clusterer.reopen(try JSONDecoder().decode(StorySnapshot.self, from: stored))
        // The last seed, late to arrive: it joins the reopened story, not a new one.
        #expect(clusterer.add(features[4], id: articles[4].id, title: articles[4].title).story == seedStory)
    }
}

extension StoryTests {
    /// A store closed after one run and reopened by the next: the next run's new stories never take
    /// an id the first run gave, though a fresh clusterer counts from the start again.
    @Test func storiesOpenedAfterAReopenNeverReuseAnEarlierID() throws {
        let basil = Ingest.read(try SharedData.document("eval/clustering/basil.dev.jsonl")).articles.map { Extract.article(from: $0) }
        #expect(basil.count > 100)
        let (first, second) = (Array(basil.prefix(60)), Array(basil.dropFirst(60).prefix(60)))
        var yesterday = StoryClusterer()
        var words = StoryWordCache()
        // Every id the first run handed out, including stories later folded into others.
        var handedOut = Set<String>()
        for article in first {
            handedOut.insert(yesterday.add(StoryFeatureExtractor.features(of: article, words: &words), id: article.id, title: article.title).story)
        }
        // A late article moves the clock past the window: the others' stories leave it and are stored,
        // its own stays active and is not (a run can stop at any point).
        var late = StoryFeatureExtractor.features(of: second[0], words: &words)
        late.day = (first.compactMap { $0.published?.dayNumber }.max() ?? 0) + StorySettings.standard.activeDays + 10
        handedOut.insert(yesterday.add(late, id: second[0].id, title: second[0].title).story)
        let stored = try yesterday.takeClosed().map { try JSONDecoder().decode(StorySnapshot.self, from: JSONEncoder().encode($0)) }
        #expect(Set(stored.map(\.id)).count == stored.count && stored.count > 5)
        #expect(handedOut.count == stored.count + 1)
        var today = StoryClusterer()
        for snapshot in stored { today.reopen(snapshot) }
        var opened: [String] = []
        for article in second.dropFirst() {
            let assignment = today.add(StoryFeatureExtractor.features(of: article, words: &words), id: article.id, title: article.title)
            if assignment.opened { opened.append(assignment.story) }
        }
        #expect(opened.count > 5)
        #expect(handedOut.isDisjoint(with: opened))
        #expect(Set(opened).count == opened.count)
    }
}

/// The selection that keeps a story's heaviest features agrees with sorting, ties going to lower ids.
struct StoryVectorTests {
    @Test func heaviestKeepsWhatASortWouldKeep() throws {
        // The weights of a real article's features (seed 001), many of them tied.
        let article = try SharedData.seedArticle("001")
        var clusterer = StoryClusterer()
        let (vector, _) = clusterer.vector(StoryFeatureExtractor.features(of: article))
        #expect(vector.ids.count > 40)
        for limit in [1, 10, 25, 40, vector.ids.count - 1] {
            let order = vector.ids.indices.sorted {
                vector.weights[$0] != vector.weights[$1] ? vector.weights[$0] > vector.weights[$1] : vector.ids[$0] < vector.ids[$1]
            }
            let expected = order.prefix(limit).sorted().map { vector.ids[$0] }
            #expect(vector.heaviest(limit).ids == expected)
        }
    }
}

/// Folders a user gathers, clustered on their own with English at large as the prior of the word
/// statistics (the giveme5w1h dev stories, their gold labels read only to pick the folders).
struct FolderStoryTests {
    static func story(_ label: String, set: String = "giveme5w1h") throws -> [Article] {
        let path = "eval/clustering/\(set).dev.jsonl"
        let lines = try String(contentsOf: SharedData.url(path), encoding: .utf8).split(separator: "\n")
        let wanted = Set(try lines.compactMap { line -> String? in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return "\(object?["story"] ?? "")" == label ? object?["id"] as? String : nil
        })
        return Ingest.read(try SharedData.document(path)).articles
            .filter { wanted.contains($0.id) }.map { Extract.article(from: $0) }
    }

    static func biggestShare(_ assignments: [StoryAssignment]) -> Double {
        Double(Dictionary(grouping: assignments, by: \.story).values.map(\.count).max() ?? 0) / Double(assignments.count)
    }

    @Test func aFolderAboutOneAttackStaysMostlyOneStory() throws {
        // Eleven reports of the truck attack in Nice: every one names Nice and the attack.
        let nice = try Self.story("truck_attack_in_nice")
        #expect(nice.count == 11)
        let background = try ShippedModels.backgroundFrequencies()
        let with = StoryBatch.cluster(nice, background: background).assignments
        let without = StoryBatch.cluster(nice).assignments
        #expect(Self.biggestShare(with) >= 0.75)
        #expect(Self.biggestShare(with) > Self.biggestShare(without))
        // However its stories fall, they are one subject: one coverage.
        #expect(Set(with.compactMap(\.coverage)).count == 1)
        #expect(with.allSatisfy { $0.coverage != nil })
    }

    @Test func aFolderOfTwoUnrelatedStoriesStaysTwo() throws {
        // A celebrity break-up and a plane crash in Costa Rica share no story.
        let breakUp = try Self.story("Sarah_Silverman_and_Michael_Sheen_Break_Up")
        let crash = try Self.story("new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        #expect(breakUp.count == 8 && crash.count == 12)
        let assignments = StoryBatch.cluster(breakUp + crash, background: try ShippedModels.backgroundFrequencies()).assignments
        let breakUpStories = Set(assignments.prefix(breakUp.count).map(\.story))
        let crashStories = Set(assignments.dropFirst(breakUp.count).map(\.story))
        #expect(breakUpStories.isDisjoint(with: crashStories))
        #expect(breakUpStories.count == 1)
        let breakUpCoverage = Set(assignments.prefix(breakUp.count).compactMap(\.coverage))
        let crashCoverage = Set(assignments.dropFirst(breakUp.count).compactMap(\.coverage))
        #expect(breakUpCoverage.isDisjoint(with: crashCoverage))
    }

    @Test func aShootingAndItsAftermathAreOneCoverage() throws {
        // The Las Vegas concert shooting on 2 October 2017, the gunman's profile the same day and
        // articles on the inquiry eight weeks later: angles of one subject, linked by rare names.
        let lasVegas = try Self.story("las_vegas_shooting")
        #expect(lasVegas.count == 12)
        let result = StoryBatch.cluster(lasVegas, background: try ShippedModels.backgroundFrequencies())
        #expect(Set(result.assignments.map(\.coverage)).count == 1)
        let coverage = try #require(result.coverages.first)
        #expect(coverage.stories.count == Set(result.assignments.map(\.story)).count)
        #expect(coverage.links.count == coverage.stories.count - 1)
        // Each link names what both stories name, at the place each first writes it.
        let texts = Dictionary(uniqueKeysWithValues: lasVegas.map { ($0.id, $0) })
        for link in coverage.links {
            #expect(link.names.count >= StorySettings.standard.coverageSharedNames)
            for name in link.names {
                let article = try #require(texts[name.article])
                let written = name.field == .title ? Array((article.title ?? "").unicodeScalars) : article.text.scalars
                #expect(String(String.UnicodeScalarView(written[name.span.start..<name.span.end])) == name.text)
            }
        }
        let names = Set(coverage.links.flatMap { $0.names.map(\.text) })
        #expect(names.contains("Paddock") || names.contains("Mandalay"))
    }

    @Test func theWallFightIsOneCoverageAndSchiffsCommitteeAnother() throws {
        // The deal that reopened the government without wall money (25 January 2019) and the national
        // emergency declared to build the wall (15 February) are one subject; Republicans demanding that
        // Adam Schiff resign his committee chair (28 March) is another, though it names Pelosi and Nadler too.
        let reopening = try Self.story("1e41e98b-9ac1-441d-b2c2-19d8f730c74a", set: "basil")
        let emergency = try Self.story("3ae35b16-7f7f-4a5e-9f24-5ce724106a73", set: "basil")
        let schiff = try Self.story("b7021938-ff8d-42ea-adec-5704c0b65237", set: "basil")
        #expect(reopening.count == 3 && emergency.count == 3 && schiff.count == 3)
        let background = try ShippedModels.backgroundFrequencies()
        let wall = StoryBatch.cluster(reopening + emergency, background: background)
        #expect(Set(wall.assignments.map(\.story)).count == 2)
        #expect(Set(wall.assignments.map(\.coverage)).count == 1)
        let apart = StoryBatch.cluster(emergency + schiff, background: background).assignments
        #expect(Set(apart.prefix(3).map(\.coverage)).isDisjoint(with: Set(apart.dropFirst(3).map(\.coverage))))
    }
}
