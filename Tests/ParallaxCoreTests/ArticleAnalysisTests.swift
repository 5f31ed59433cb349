import Foundation
import Testing
@testable import ParallaxCore
import ParallaxModels

/// An article's analysis stands alone: it can be stored and read back, and what depends on the
/// story is worked out only when the story is compared.
struct ArticleAnalysisTests {
    @Test func storedAnalysesGiveTheSameReportByteForByte() throws {
        let model = try ShippedModels.attribution()
        let raws = try SharedData.seedArticles()
        #expect(raws.count == 5)
        let analyses = Analysis.analyse(raws, attributionModel: model)
        let decoded = try analyses.map { analysis in
            try JSONDecoder().decode(ArticleAnalysis.self, from: JSONEncoder().encode(analysis))
        }
        let direct = Analysis.clusteredReport(analyses)
        let stored = Analysis.clusteredReport(decoded)
        #expect(try JSONRenderer.render(direct) == JSONRenderer.render(stored))
        #expect(HTMLRenderer.render(direct) == HTMLRenderer.render(stored))
        // The story's evidence quotes the article's own text, which the stored analysis gives back.
        let evidence = stored.stories.flatMap(\.articles).compactMap(\.membership).flatMap(\.evidence)
        #expect(!evidence.isEmpty && evidence.allSatisfy { !$0.text.isEmpty })
    }

    /// Speed must not change results: articles analysed on two threads, and the attribution tagger taking
    /// the language stage's parse of a sentence instead of parsing it again, give what one thread and two
    /// parses give.
    @Test func analysingInParallelAndSharingTheParseChangeNothing() throws {
        let loaded = try ShippedModels.forAnalysis(documentWords: nil)
        let raws = try SharedData.seedArticles()
        let parallel = Analysis.analyse(raws, attributionModel: loaded.attribution, grammar: loaded.grammar, workers: 2)
        let serial = Analysis.analyse(raws, attributionModel: loaded.attribution, grammar: loaded.grammar, workers: 1)
        #expect(try JSONRenderer.render(Analysis.clusteredReport(parallel)) == JSONRenderer.render(Analysis.clusteredReport(serial)))
        var sharedSentences = 0, reportedStatements = 0
        for raw in raws {
            let article = Extract.article(from: raw)
            let model = TextModel(article.text, breaker: TextBreaker())
            var parses = SentenceParses()
            let language = Language.analyse(article, model: model, breaker: TextBreaker(), settings: LanguageSettings(),
                                            grammar: loaded.grammar, keeping: &parses)
            sharedSentences += parses.byFirstPiece.count
            let shared = AttributionFinder.analyse(article, model: model, language: language, tagger: loaded.attribution,
                                                   parses: parses, settings: AttributionSettings())
            let own = AttributionFinder.analyse(article, model: model, language: language, tagger: loaded.attribution)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            #expect(try encoder.encode(shared.reported) == encoder.encode(own.reported), "\(raw.id)")
            #expect(try encoder.encode(shared.quotes) == encoder.encode(own.quotes), "\(raw.id)")
            reportedStatements += shared.reported.count
        }
        #expect(sharedSentences > 20 && reportedStatements > 0)
    }

    @Test func anUndatedArticleKeepsItsRelativeDatesOpenUntilItsStoryResolvesThem() throws {
        // TROIB News (002) carries no date; it writes that the events were "last month".
        let raw = try #require(try SharedData.seedArticles().first { $0.id.hasPrefix("002") })
        let analysis = ArticleAnalysis.analyse(raw)
        #expect(analysis.article.published == nil)
        let lastMonth = try #require(analysis.language.dates.first { $0.text == "last month" })
        #expect(lastMonth.expression == .monthOffset(-1))
        #expect(lastMonth.date == nil)
        // In its story the latest dated article (004, dated 2024-11-09 in its own date line) is the reference.
        let story = Analysis.storyReport(id: "seeds", Analysis.analyse(try SharedData.seedArticles()))
        #expect(story.anchorDate == "2024-11-09")
        let entry = try #require(story.timeline.first { $0.dateSpans.contains { $0.text == "last month" } })
        #expect(entry.date == "2024-10")
        #expect(entry.basis == .story)
    }
}

/// Facts, quote groups, entities and conflicts are named by what they hold, not by their place.
struct ContentIDTests {
    @Test func idsAreUniqueAndDoNotDependOnTheOrderArticlesCameIn() throws {
        let raws = try SharedData.seedArticles()
        let forward = Analysis.storyReport(id: "seeds", Analysis.analyse(raws))
        let backward = Analysis.storyReport(id: "seeds", Analysis.analyse(raws.reversed()))
        let ids = forward.facts.map(\.id) + forward.quotes.map(\.id) + forward.entities.map(\.id) + forward.conflicts.map(\.id)
        #expect(ids.allSatisfy { !$0.isEmpty })
        #expect(Set(ids).count == ids.count)
        // The same fact (the same sentences) has the same id whichever article came first.
        func key(_ fact: FactRecord) -> Set<String> { Set(fact.support.map { "\($0.article)@\($0.span.start)" }) }
        let backwardIDs = Dictionary(backward.facts.map { (key($0), $0.id) }, uniquingKeysWith: { first, _ in first })
        let shared = forward.facts.filter { backwardIDs[key($0)] != nil }
        #expect(shared.count > 20)
        #expect(shared.allSatisfy { backwardIDs[key($0)] == $0.id })
        // The spelling conflict over Peskov's first name is one item in both orders, under one id.
        let peskov = { (report: StoryReport) in report.conflicts.first { $0.kind == .spelling && $0.slot.contains("Peskov") }?.id }
        #expect(peskov(forward) != nil && peskov(forward) == peskov(backward))
    }
}
