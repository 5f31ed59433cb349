/// Stories about one larger subject, grouped above the stories as Google News' "Full Coverage" does:
/// a story stays one event, and a coverage holds its related angles (the attack and the death toll
/// a week later; the shooting and the gunman's profile). Two stories are linked when their centroids
/// are alike (a lower bar than a story's own), they are close in time, and they share names that are
/// rare in English at large and in the input alike ("Paddock", "Bouhlel"; not "Obama" or "Trump",
/// which link half of politics). Groups join by average link, so a chain of loosely related stories
/// does not become one subject. Without the background table every name of a small input looks
/// common, so no story is linked: a coverage is then its one story.
public struct StoryCoverage: Sendable, Codable, Hashable {
    /// The id of its biggest story (the earliest on a tie): a one-story coverage has its story's id.
    public var id: String
    /// Its stories, biggest first.
    public var stories: [String]
    /// The links that joined them, strongest first.
    public var links: [StoryCoverageLink]
}

/// Why two stories are one subject: how alike they are, how far apart in days, and the rare names both name.
public struct StoryCoverageLink: Sendable, Codable, Hashable {
    public var story: String
    public var other: String
    public var similarity: Float
    public var dayGap: Int?
    public var names: [StoryCoverageName]
}

/// A shared name as the first article of each story writes it.
public struct StoryCoverageName: Sendable, Codable, Hashable {
    public var text: String
    public var article: String
    public var field: StoryFeatureField
    public var span: Span
    public var otherText: String
    public var otherArticle: String
    public var otherField: StoryFeatureField
    public var otherSpan: Span
}

enum StoryCoverageFinder {
    /// One story's summed vectors, days and the first place each of its names is written.
    struct Story {
        var id: String
        var members: [Int] = []
        var centroid = StoryVector()
        /// Name id → (article index, feature index) of its first mention in the story.
        var names: [Int32: (article: Int, feature: Int)] = [:]
        var firstDay: Int?
        var lastDay: Int?
        var language: String

        func dayGap(_ other: Story) -> Int? {
            guard let first = firstDay, let last = lastDay, let otherFirst = other.firstDay, let otherLast = other.lastDay else { return nil }
            return max(0, first - otherLast, otherFirst - last)
        }
    }

    struct Candidate {
        var a: Int
        var b: Int
        var similarity: Float
        var dayGap: Int?
        var names: [Int32]
    }

    /// The cosine two stories this many days apart must reach (on average, for groups) to be one subject.
    static func threshold(_ gap: Int?, _ settings: StorySettings) -> Float {
        if let gap, gap <= settings.coverageSameDays { return settings.coverageSameDaysThreshold }
        return settings.coverageThreshold
    }

    /// The coverages of a clustered batch, biggest first, and each article's coverage id.
    static func coverages(_ features: [StoryFeatures], ids: [String], stories: [String], clusterer: inout StoryClusterer,
                          settings: StorySettings) -> (coverages: [StoryCoverage], ofArticle: [String]) {
        let groups = storyGroups(features, stories: stories, clusterer: &clusterer)
        let candidates = linkCandidates(groups, lexicon: clusterer.lexicon, settings: settings)
        var similarity: [Int: Float] = [:]
        for candidate in candidates { similarity[candidate.a * groups.count + candidate.b] = candidate.similarity }
        func pair(_ a: Int, _ b: Int) -> Float { similarity[min(a, b) * groups.count + max(a, b)] ?? 0 }
        var sets = UnionFind(count: groups.count)
        var membersOf: [Int: [Int]] = Dictionary(uniqueKeysWithValues: groups.indices.map { ($0, [$0]) })
        var links: [Int: [Candidate]] = [:]
        // Two groups that failed stay failed until one of them grows: their average cannot have changed.
        struct Attempt: Hashable { var a: Int, b: Int, left: Int, right: Int }
        var failed = Set<Attempt>()
        // Most alike first; a pair below its own bar may still join groups whose average reaches theirs.
        for candidate in candidates {
            let rootA = sets.find(candidate.a), rootB = sets.find(candidate.b)
            guard rootA != rootB, let left = membersOf[rootA], let right = membersOf[rootB] else { continue }
            let attempt = Attempt(a: min(rootA, rootB), b: max(rootA, rootB), left: left.count, right: right.count)
            guard !failed.contains(attempt) else { continue }
            // Average link: every story of one side must be near every story of the other on the whole
            // (pairs that are not candidates count as 0), at the bar of their nearest stories' day gap:
            // a coverage grows over weeks, and an angle is judged beside the days it sits next to.
            let total = left.reduce(Float(0)) { sum, a in right.reduce(sum) { $0 + pair(a, $1) } }
            var gap: Int?
            for a in left { for b in right { if let days = groups[a].dayGap(groups[b]) { gap = min(gap ?? days, days) } } }
            guard total / Float(left.count * right.count) >= threshold(gap, settings) else {
                failed.insert(attempt)
                continue
            }
            sets.union(rootA, rootB)
            let root = sets.find(rootA)
            let joined = (links[rootA] ?? []) + (links[rootB] ?? []) + [candidate]
            membersOf[rootA] = nil
            membersOf[rootB] = nil
            links[rootA] = nil
            links[rootB] = nil
            membersOf[root] = left + right
            links[root] = joined
        }
        var result: [StoryCoverage] = []
        var coverageOfStory: [String: String] = [:]
        for group in sets.groups() {
            let ordered = group.sorted { (groups[$0].members.count, -$0) > (groups[$1].members.count, -$1) }
            let coverage = StoryCoverage(id: groups[ordered[0]].id, stories: ordered.map { groups[$0].id },
                                         links: (links[sets.find(group[0])] ?? [])
                                             .sorted { ($0.similarity, -$0.a, -$0.b) > ($1.similarity, -$1.a, -$1.b) }
                                             .map { link($0, groups, features: features, ids: ids, settings: settings) })
            for story in coverage.stories { coverageOfStory[story] = coverage.id }
            result.append(coverage)
        }
        let size = Dictionary(uniqueKeysWithValues: groups.map { ($0.id, $0.members.count) })
        result.sort { a, b in
            let sizeA = a.stories.reduce(0) { $0 + size[$1]! }, sizeB = b.stories.reduce(0) { $0 + size[$1]! }
            return sizeA != sizeB ? sizeA > sizeB : a.id < b.id
        }
        return (result, stories.map { coverageOfStory[$0]! })
    }

    /// Each story's members, summed vectors, days and names, in order of first publication.
    static func storyGroups(_ features: [StoryFeatures], stories: [String], clusterer: inout StoryClusterer) -> [Story] {
        var byID: [String: Int] = [:]
        var groups: [Story] = []
        for index in StoryBatch.publicationOrder(features) {
            let id = stories[index]
            if byID[id] == nil {
                byID[id] = groups.count
                groups.append(Story(id: id, language: features[index].language))
            }
            let number = byID[id]!
            groups[number].members.append(index)
            if let day = features[index].day {
                groups[number].firstDay = min(groups[number].firstDay ?? day, day)
                groups[number].lastDay = max(groups[number].lastDay ?? day, day)
            }
            // A coverage is found by what bodies say: in a headline every word is capitalised, so its "names"
            // are no evidence of a subject ("Chromecast", "Currency"); a headline-only member adds nothing.
            guard features[index].features.contains(where: { $0.field == .text }) else { continue }
            let (vector, first) = clusterer.vector(features[index])
            groups[number].centroid = groups[number].centroid.adding(vector)
            for (name, feature) in zip(first.ids, first.indices) where clusterer.lexicon.isName[Int(name)] && groups[number].names[name] == nil {
                groups[number].names[name] = (index, feature)
            }
        }
        return groups
    }

    /// Story pairs of one language, close in time, that share enough rare names, with their cosines; most alike first.
    static func linkCandidates(_ stories: [Story], lexicon: StoryLexicon, settings: StorySettings) -> [Candidate] {
        let rare = stories.map { story in Set(story.names.keys.filter { lexicon.share($0) <= settings.coverageNameShare }) }
        var byName: [Int32: [Int]] = [:]
        for (index, names) in rare.enumerated() { for name in names { byName[name, default: []].append(index) } }
        // Only stories that share a rare name can be linked: found through the names, not all pairs.
        var sharedCount: [Int: Int] = [:]
        // A name many stories share is a recurring cast, not one subject's: it links none of them (and
        // pairing its holders would grow with the square of the input).
        for holders in byName.values where holders.count > 1 && holders.count <= settings.coverageMaxStoriesPerName {
            for (position, a) in holders.enumerated() {
                for b in holders[(position + 1)...] { sharedCount[min(a, b) * stories.count + max(a, b), default: 0] += 1 }
            }
        }
        let norms = stories.map(\.centroid.norm)
        var candidates: [Candidate] = []
        for (key, count) in sharedCount where count >= settings.coverageSharedNames {
            let a = key / stories.count, b = key % stories.count
            guard stories[a].language == stories[b].language, norms[a] > 0, norms[b] > 0 else { continue }
            let gap = stories[a].dayGap(stories[b])
            if let gap, gap > settings.coverageDays { continue }
            let cosine = stories[a].centroid.dot(stories[b].centroid) / (norms[a] * norms[b])
            let names = rare[a].intersection(rare[b]).sorted { lexicon.share($0) != lexicon.share($1) ? lexicon.share($0) < lexicon.share($1) : $0 < $1 }
            candidates.append(Candidate(a: a, b: b, similarity: cosine, dayGap: gap, names: names))
        }
        candidates.sort { ($0.similarity, -$0.a, -$0.b) > ($1.similarity, -$1.a, -$1.b) }
        return candidates
    }

    static func link(_ candidate: Candidate, _ stories: [Story], features: [StoryFeatures], ids: [String], settings: StorySettings) -> StoryCoverageLink {
        let a = stories[candidate.a], b = stories[candidate.b]
        let names = candidate.names.prefix(settings.coverageEvidenceNames).map { name -> StoryCoverageName in
            let (articleA, featureA) = a.names[name]!, (articleB, featureB) = b.names[name]!
            let first = features[articleA].features[featureA], second = features[articleB].features[featureB]
            return StoryCoverageName(text: features[articleA].surface(of: first), article: ids[articleA], field: first.field, span: first.span,
                                     otherText: features[articleB].surface(of: second), otherArticle: ids[articleB],
                                     otherField: second.field, otherSpan: second.span)
        }
        return StoryCoverageLink(story: a.id, other: b.id, similarity: (candidate.similarity * 1000).rounded() / 1000,
                                 dayGap: candidate.dayGap, names: Array(names))
    }
}
