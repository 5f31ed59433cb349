import Foundation
@testable import ParallaxCore
import ParallaxModels
import Testing

/// The comparison's confidence rules, each on a real multi-outlet story of the eval sets, with what
/// the articles say read from their text.
@Suite struct CompareRulesTests {
    /// The articles of one story of a clustering dev set (the label only picks the slice).
    static func story(_ set: String, _ label: String) throws -> StoryReport {
        let text = try String(contentsOf: SharedData.url("eval/clustering/\(set).dev.jsonl"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { $0.contains("\"story\": \"\(label)\"") }.joined(separator: "\n")
        let (raws, _) = Ingest.read(InputDocument(name: "\(label).jsonl", bytes: Array(lines.utf8)))
        let models = try Self.models()
        return Analysis.report([Analysis.StoryInput(id: label, articles: raws)], attributionModel: models.attribution, grammar: models.grammar)
            .stories[0]
    }

    /// The shipped models, as `analyze` runs with them.
    static func models() throws -> (grammar: GrammarModel, attribution: AttributionModel) {
        let loaded = try ShippedModels.forAnalysis(documentWords: nil)
        return (loaded.grammar, loaded.attribution)
    }

    /// The entity written `form`, recorded as a failed expectation when there is none (not `#require`,
    /// whose failure would print the whole story).
    static func entity(_ story: StoryReport, writtenAs form: String) -> EntityRecord? {
        let found = story.entities.first { $0.variants.contains { $0.text == form } }
        #expect(found != nil, "no entity written \(form)")
        return found
    }

    /// The NYT writes "the inspector general, Michael E. Horowitz," and then "Mr. Horowitz": one person,
    /// shown with both forms, though only one article names him.
    @Test func aMiddleInitialAndMrAreOnePerson() throws {
        let story = try Self.story("basil", "2a3fde8a-082a-4d8f-9567-f7e8366c0200")
        guard let horowitz = Self.entity(story, writtenAs: "Michael E. Horowitz") else { return }
        #expect(horowitz.variants.contains { $0.text == "Mr. Horowitz" })
        for variant in horowitz.variants { #expect(story.slice(variant.article, variant.span) == variant.text) }
    }

    /// "the Rail Accident Investigation Branch (RAIB)" and later "the RAIB said": an acronym and its
    /// expansion in one story are one body.
    @Test func anAcronymIsOneBodyWithItsExpansion() throws {
        let story = try Self.story("giveme5w1h", "croydon_tram_trash")
        guard let branch = Self.entity(story, writtenAs: "Rail Accident Investigation Branch") else { return }
        #expect(branch.variants.contains { $0.text == "RAIB" })
        #expect(branch.kind != .person)
    }

    /// "the Department of Defense" (Fox) and "the Defense Department" (NYT, HuffPost) are one body.
    @Test func anInstitutionWrittenTheOtherWayRoundIsOneBody() throws {
        let story = try Self.story("basil", "3ae35b16-7f7f-4a5e-9f24-5ce724106a73")
        guard let defense = Self.entity(story, writtenAs: "Department of Defense") else { return }
        #expect(defense.variants.contains { $0.text == "Defense Department" })
    }

    /// "husband and wife Bruce M. Steinberg, 50, and Irene G. Steinberg, 51": a middle initial's full
    /// stop ends no sentence.
    @Test func aMiddleInitialDoesNotEndTheSentence() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        let article = try #require(story.articles.first { $0.text.contains("Bruce M. Steinberg, 50,") })
        let analysis = ArticleAnalysis.analyse(RawArticle(id: article.id, source: "test", format: .text, content: article.text))
        let sentence = try #require(analysis.language.sentences.first { analysis.article.text.slice($0.span).contains("Bruce M.") })
        #expect(analysis.article.text.slice(sentence.span).contains("Irene G. Steinberg, 51"))
    }

    /// Croydon: an ambulance service's "People are asked to avoid the area" and another outlet's
    /// unattributed "more than 50 people were injured" are not one statement: passages no one is
    /// named for are never grouped across articles.
    @Test func passagesWithoutASpeakerAreNotGroupedAcrossArticles() throws {
        let story = try Self.story("giveme5w1h", "croydon_tram_trash")
        for group in story.quotes where group.speaker == "Unattributed" {
            #expect(Set(group.variants.map(\.article)).count == 1)
        }
    }

    /// A run of proper nouns that is only an honorific ("… and Mr." at a line's end) names no one, and
    /// the typer says so rather than failing.
    @Test func aRunOfOnlyAnHonorificIsNoName() {
        #expect(EntityTyper.entities(words: ["Steinberg", "and", "Mr."], tags: [.propn, .cconj, .propn],
                                     gazetteer: Gazetteer()).allSatisfy { $0.range != 2..<3 })
    }

    /// Reuters' dateline "SAN JOSE, Dec 31 (Reuters) -" and AP's picture credits "(… Ministry/AP)"
    /// credit the agencies; "according to the Aviation Safety Network" is read through its words
    /// ("network"), while a ministry quoted as a source is no credit to news.
    @Test func agenciesAreCreditedInDatelinesAndCaptions() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        let credited = story.credits.map { (story.slice($0.article, $0.span) ?? "", $0.credited) }
        #expect(credited.contains { $0.1 == "Reuters" && $0.0 == "Reuters" })
        #expect(credited.contains { $0.1 == "AP" })
        #expect(!credited.contains { $0.1.contains("Ministry") })
    }

    /// Fox: "According to the Congressional Research Service, there are at least…" names a source,
    /// not an outlet; HuffPost's "according to The Washington Post" is a credit.
    @Test func aResearchServiceIsASourceNotACredit() throws {
        let story = try Self.story("basil", "3ae35b16-7f7f-4a5e-9f24-5ce724106a73")
        #expect(!story.credits.contains { $0.credited.contains("Congressional Research Service") })
        #expect(story.credits.contains { $0.credited == "Washington Post" || $0.credited == "The Washington Post" })
    }

    /// "We are in utter shock and disbelief right now" stands word for word in four articles, which name
    /// no speaker for it where the quote stands: a passage carried verbatim is one statement.
    @Test func aPassageCarriedVerbatimIsOneStatement() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        let carrying = story.articles.filter { $0.text.contains("We are in utter shock and disbelief right now") }.map(\.id)
        #expect(carrying.count >= 3)
        #expect(story.quotes.contains { group in Set(carrying).isSubset(of: group.variants.map(\.article)) })
    }

    /// "Former Costa Rican president Laura Chinchilla said…": "Costa Rican" is a people's name, not the
    /// speaker; the statement is hers.
    @Test func aDemonymIsNotTheSpeaker() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        #expect(!story.quotes.contains { $0.speaker == "Costa Rican" })
    }

    /// USA Today's name is no date: the NYT's "wrote last month in USA Today" dates nothing to "today".
    @Test func aPapersNameIsNoDate() throws {
        let story = try Self.story("basil", "2a3fde8a-082a-4d8f-9567-f7e8366c0200")
        #expect(!story.timeline.contains { $0.dateSpans.contains { $0.text == "Today" } })
    }

    /// RT writes "Punta Islit" once and "Punta Islita Airport" too: a typo beside the right form is not
    /// a spelling that outlet holds to, so no spelling conflict is made of it.
    @Test func aTypoBesideTheRightFormIsNoSpellingConflict() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        #expect(story.articles.contains { $0.text.contains("Punta Islit ") || $0.text.contains("Punta Islit,") || $0.text.contains("Punta Islit.") })
        #expect(!story.conflicts.contains { $0.slot.contains("Punta Islita") })
    }

    /// Each cited sentence of a digest line says what the line says: a sentence must be alike to the
    /// line itself, not only to another sentence of its fact.
    @Test func everyDigestCitationIsAlikeToItsLine() throws {
        let story = try Self.story("basil", "3ae35b16-7f7f-4a5e-9f24-5ce724106a73")
        for line in story.digest {
            let lineWords = Set(line.text.lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count > 3 })
            for citation in line.citations {
                let cited = Set((story.slice(citation.article, citation.span) ?? "").lowercased().split(whereSeparator: { !$0.isLetter }).filter { $0.count > 3 })
                #expect(lineWords.intersection(cited).count >= 3, "\(line.text) ← \(story.slice(citation.article, citation.span) ?? "")")
            }
        }
    }

    /// RT's pages on the oil transfers are stamped 2018-01-10 while the other outlets wrote in late
    /// December 2017: their "Tuesday" is not resolved against the stamp, and the page says why.
    @Test func aPageDatedWeeksAfterItsStoryIsNotTrustedForWeekdays() throws {
        let story = try Self.story("giveme5w1h", "north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report")
        let late = story.articles.filter { ($0.published ?? "").hasPrefix("2018-01-10") }
        #expect(!late.isEmpty)
        for article in late {
            #expect(article.pageDateNote != nil)
            #expect(!story.timeline.contains { entry in entry.dateSpans.contains { $0.article == article.id && ["Tuesday", "Wednesday", "Thursday", "Friday"].contains($0.text) } })
        }
    }

    /// A hyphen joins two capitalised words into one name ("Alpes-Maritimes") unless both halves are names
    /// the article writes alone: the seeds' "Putin-Trump call" is two names, not one.
    @Test func aHyphenDoesNotJoinTwoNamesThatStandAlone() throws {
        let models = try Self.models()
        let seed = try SharedData.seedArticles().first { $0.id.hasPrefix("001") }!
        let analysis = ArticleAnalysis.analyse(seed, tagger: models.attribution, grammar: models.grammar)
        #expect(analysis.article.text.string.contains("Putin-Trump"))
        #expect(!analysis.language.names.contains { $0.text.contains("Putin-Trump") })
        #expect(analysis.language.names.contains { $0.text == "Putin" } && analysis.language.names.contains { $0.text == "Trump" })
    }

    /// The NYT's list of shootings (October 2017) names the Orlando attack "June 12 last year": June 12, 2016.
    @Test func aMonthDayLastYearIsInTheYearBefore() throws {
        let story = try Self.story("giveme5w1h", "las_vegas_shooting")
        #expect(story.timeline.contains { entry in entry.date == "2016-06-12" && entry.dateSpans.contains { $0.text == "June 12 last year" } })
        #expect(!story.timeline.contains { $0.date == "2017-06-12" })
    }

    /// Slate's piece on the 2004 halftime show writes "Janet Jackson" and then "Jackson’s right breast.
    /// Underneath, Jackson was …": the bare surname is that person, though Jackson is also a city.
    @Test func aSurnameAfterTheFullNameIsThatPerson() throws {
        let models = try Self.models()
        let text = try String(contentsOf: SharedData.url("eval/clustering/giveme5w1h.dev.jsonl"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("\"7ddce8f4") })
        let (raws, _) = Ingest.read(InputDocument(name: "slate.jsonl", bytes: Array(line.utf8)))
        let analysis = ArticleAnalysis.analyse(try #require(raws.first), tagger: models.attribution, grammar: models.grammar)
        let full = try #require(analysis.language.names.first { $0.text == "Janet Jackson" })
        #expect(full.kind == .person)
        let bare = analysis.language.names.filter { ($0.text == "Jackson" || $0.text == "Jackson’s") && $0.span.start > full.span.start }
        #expect(bare.count >= 2)
        #expect(bare.allSatisfy { $0.kind == .person })
    }

    /// A digest line is the reporter's statement: a sentence one outlet prints as a quotation, in single
    /// marks as British papers do, or as a transcript's turn, is someone's words. Sentences from the
    /// Giveme5W1H articles (the F1 crash in the Daily Mail, NPR's Cologne interview).
    @Test func quotationsAndTranscriptTurnsAreNoDigestLines() throws {
        #expect(SentenceShape.isQuotation("'So special to see these guys in the middle of the race going out, just to see me.'", paragraph: "'So special to see these guys in the middle of the race going out, just to see me.'"))
        #expect(SentenceShape.isQuotation("What this race needs is a red flag.", paragraph: "'Stupid. What this race needs is a red flag. How many people do we want to crash?'"))
        #expect(SentenceShape.isQuotation("NELSON: They showed the crowd engaging in hooliganism one sees in many German cities on New Year's Eve.", paragraph: ""))
        #expect(!SentenceShape.isQuotation("The red flags were waved seconds later.", paragraph: "The red flags were waved seconds later."))
        #expect(!SentenceShape.isQuotation("Massa's Williams team said he would retire.", paragraph: "Massa's Williams team said he would retire."))
        for set in [("giveme5w1h", "croydon_tram_trash"), ("giveme5w1h", "las_vegas_shooting")] {
            let story = try Self.story(set.0, set.1)
            for line in story.digest {
                #expect(!SentenceShape.isQuotation(line.text, paragraph: ""), "\(line.text)")
            }
        }
    }

    /// A citation names everyone its line names: each entity of the story written in a Croydon digest
    /// line is written, in one of its forms, in every sentence cited for it.
    @Test func aDigestCitationNamesWhatItsLineNames() throws {
        let story = try Self.story("giveme5w1h", "croydon_tram_trash")
        #expect(!story.digest.isEmpty)
        for line in story.digest {
            let named = story.entities.filter { entity in entity.spellings.contains { line.text.contains($0) } }
            for citation in line.citations {
                let cited = story.slice(citation.article, citation.span) ?? ""
                for entity in named {
                    let forms = Set(entity.spellings + entity.variants.map(\.text) + entity.spellings.compactMap { $0.split(separator: " ").last.map(String.init) })
                    #expect(forms.contains { cited.contains($0) }, "\(entity.name) of \(line.text) not in \(cited)")
                }
            }
        }
    }

    /// The New York Times on the border emergency (BASIL) writes "North Korea’s leader, Kim Jong-un" and later
    /// "his outreach to Mr. Kim", "Gov. Gavin Newsom of California" and "said Mr. Newsom", "George T. Conway
    /// III" and "Mr. Conway": each pair is one person, and California is not part of Newsom's name.
    @Test func titledSurnamesAreThePersonNamedInFull() throws {
        let story = try Self.story("basil", "3ae35b16-7f7f-4a5e-9f24-5ce724106a73")
        for (full, titled) in [("Kim Jong-un", "Mr. Kim"), ("Gavin Newsom", "Mr. Newsom"), ("George T. Conway III", "Mr. Conway")] {
            let entity = Self.entity(story, writtenAs: full)
            #expect(entity?.kind == .person, "\(full)")
            #expect(entity?.variants.contains { $0.text == titled } == true, "\(titled) is not \(full)")
        }
        #expect(!story.entities.contains { $0.variants.contains { $0.text.contains("Newsom of California") } })
    }

    /// "Mr. Aldean" (the Times on Las Vegas) is a name though it ends like "Korean"; "Korean" and
    /// "Italian" stay peoples' names.
    @Test func aSurnameWithADemonymEndingIsANameAfterATitle() throws {
        let story = try Self.story("giveme5w1h", "las_vegas_shooting")
        let aldean = Self.entity(story, writtenAs: "Jason Aldean")
        #expect(aldean?.variants.contains { $0.text == "Mr. Aldean" } == true)
        let gazetteer = try Self.models().grammar.gazetteer
        #expect(EntityTyper.isOneWordDemonym("korean", gazetteer: gazetteer))
        #expect(EntityTyper.isOneWordDemonym("italian", gazetteer: gazetteer))
        #expect(!EntityTyper.isOneWordDemonym("aldean", gazetteer: gazetteer))
    }

    /// The Costa Rica crash coverage writes "President Laura Chinchilla Miranda" and "Laura Chinchilla", "Enio
    /// Cubillo Araya" and "Enio Cubillo" (two surnames), "Jewish Theological Seminary of America" and "Jewish
    /// Theological Seminary": one entity each; but the town of Punta Islita is not its airport.
    @Test func aNameAndItsFullerFormAreOneEntity() throws {
        let story = try Self.story("giveme5w1h", "new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        for (short, full) in [("Laura Chinchilla", "Laura Chinchilla Miranda"), ("Enio Cubillo", "Enio Cubillo Araya"),
                              ("Jewish Theological Seminary", "Jewish Theological Seminary of America")] {
            let entity = Self.entity(story, writtenAs: short)
            #expect(entity?.variants.contains { $0.text.hasSuffix(full) } == true, "\(short) / \(full)")
        }
        #expect(!story.entities.contains { entity in
            entity.variants.contains { $0.text == "Punta Islita" } && entity.variants.contains { $0.text == "Punta Islita Airport" }
        })
    }

    /// "The South Korean newspaper Chosun Ilbo said this week…" (oil transfers story): an outlet the text calls
    /// a newspaper, speaking, is credited; the people and bodies that say things in the same story are not.
    @Test func aNewspaperThatSaysIsCredited() throws {
        let story = try Self.story("giveme5w1h", "north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report")
        let chosun = story.credits.filter { $0.credited == "Chosun Ilbo" }
        #expect(chosun.contains { story.slice($0.article, $0.span)?.hasPrefix("Chosun Ilbo said") == true })
        #expect(!story.credits.contains { ["Donald Trump", "Trump", "Geng Shuang"].contains($0.credited) && (story.slice($0.article, $0.span) ?? "").hasSuffix(" said") })
    }

    /// The Rhine bridge crash: one agency text says "25 people were injured", another "Police say 27 people
    /// are injured": the same count, two values. In Croydon "at least five people are dead" and "seven
    /// people" killed agree ("at least five" allows seven), so they are no conflict.
    @Test func aStorysCountOfInjuredThatDiffersIsAConflict() throws {
        let boat = try Self.story("giveme5w1h", "tourist_boat_hits_bridge_in_germany")
        let injured = boat.conflicts.filter { $0.slot.hasPrefix("how many people injured") }
        #expect(injured.count == 1)
        let values = Set(injured.flatMap(\.values).map(\.text))
        #expect(values.contains { $0.hasPrefix("25") } && values.contains { $0.hasPrefix("27") })
        let tram = try Self.story("giveme5w1h", "croydon_tram_trash")
        #expect(!tram.conflicts.contains { $0.slot.hasPrefix("how many people killed") })
    }

    /// A month named without a year is in the past unless it is at most two months ahead: "last November"
    /// and "Nov. 13" written in July 2016 (of the Paris attacks) are November 2015; "December" written in
    /// October is that December.
    @Test func aMonthWithoutAYearIsMostlyInThePast() {
        let july = PartialDate(year: 2016, month: 7, day: 15)
        #expect(DateExpression.namedMonth(month: 11, step: -1).resolve(against: july) == PartialDate(year: 2015, month: 11))
        #expect(DateExpression.monthDay(month: 11, day: 13).resolve(against: july) == PartialDate(year: 2015, month: 11, day: 13))
        #expect(DateExpression.namedMonth(month: 3, step: 1).resolve(against: july) == PartialDate(year: 2017, month: 3))
        #expect(DateExpression.monthDay(month: 12, day: nil).resolve(against: PartialDate(year: 2017, month: 10, day: 2)) == PartialDate(year: 2017, month: 12))
        #expect(DateExpression.monthDay(month: 3, day: nil).resolve(against: PartialDate(year: 2017, month: 5, day: 2)) == PartialDate(year: 2017, month: 3))
    }

    /// Reported speech on both sides needs more shared wording: in the oil-transfer coverage, the Times'
    /// account of what spy satellites spotted is not Trump's "very disappointed" in China (CNN).
    @Test func twoReportedPassagesNeedMostWordsInCommon() throws {
        let story = try Self.story("giveme5w1h", "north_korea_received_oil_from_russia_in_violation_of_un_sanctions_report")
        #expect(!story.quotes.contains { group in
            group.variants.contains { $0.text.contains("spy satellites had spotted") } && group.variants.contains { $0.text.contains("very disappointed") }
        })
    }

    /// The Telegram coverage writes "Theresa May singled it out" and "prime minister Theresa May": a month's
    /// name after a given name is her surname. NPR's Cologne interview ends "NELSON: You're welcome, Renee.":
    /// a contracted pronoun is no name.
    @Test func aMonthAfterAGivenNameIsASurnameAndAContractionIsNoName() throws {
        let story = try Self.story("giveme5w1h", "Apple_removed_Telegram")
        #expect(Self.entity(story, writtenAs: "Theresa May")?.kind == .person)
        #expect(!story.entities.contains { $0.name == "Theresa" })
        let models = try Self.models()
        let text = try String(contentsOf: SharedData.url("eval/clustering/giveme5w1h.dev.jsonl"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains("\"b936ebab") })
        let (raws, _) = Ingest.read(InputDocument(name: "npr.jsonl", bytes: Array(line.utf8)))
        let analysis = ArticleAnalysis.analyse(try #require(raws.first), tagger: models.attribution, grammar: models.grammar)
        #expect(analysis.article.text.string.contains("You're welcome"))
        #expect(!analysis.language.names.contains { ["You", "You're", "You’re"].contains($0.text) })
        // The transcript's turns open "NELSON: …": its speaker, a person, with no role read from what she says.
        let turns = analysis.language.names.filter { $0.text == "NELSON" }
        #expect(!turns.isEmpty && turns.allSatisfy { $0.kind == .person && $0.role == nil })
    }
}
