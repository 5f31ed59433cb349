import Foundation
import Testing
@testable import ParallaxCore
import ParallaxModels

/// The shipped tagger on a PolNeAR dev article, checked against the article's gold annotation
/// (read by hand: "Clinton beats Trump by 46 percent to 42 percent, according to the poll.").
struct AttributionTaggerTests {
    static func shippedTagger() throws -> AttributionModel { try ShippedModels.attribution() }

    static func devArticle(_ stem: String) throws -> (text: String, gold: [TaggedAttribution]) {
        let folder = SharedData.url("eval/attribution/polnear/dev/")
        let text = try String(contentsOf: folder.appendingPathComponent(stem + ".txt"), encoding: .utf8)
        let annotation = try String(contentsOf: folder.appendingPathComponent(stem + ".ann"), encoding: .utf8)
        return (text, BratAnnotations.attributions(annotation))
    }

    @Test func accordingToFindsContentCueAndSource() throws {
        let tagger = try Self.shippedTagger()
        let (text, gold) = try Self.devArticle("breitbart_2016-09-20_poll-wealthy-voters-abandon-repu")
        let scalars = Array(text.unicodeScalars)
        func string(_ span: Span?) -> String? { span.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } }
        // The gold annotation says what the sentence shows.
        #expect(gold.contains { string($0.cue) == "according to" && string($0.source) == "the poll" })
        let found = tagger.attributions(in: text)
        let poll = try #require(found.first { string($0.cue) == "according to" })
        #expect(string(poll.source) == "the poll")
        #expect(poll.content.map { string($0) } == ["Clinton beats Trump by 46 percent to 42 percent"])
        #expect(poll.kind == .indirect)
    }

    @Test func modelRoundTripsThroughBytes() throws {
        let tagger = try Self.shippedTagger()
        var again = try AttributionModel(serialized: tagger.serialized())
        again.grammar = tagger.grammar
        let (text, _) = try Self.devArticle("breitbart_2016-09-20_poll-wealthy-voters-abandon-repu")
        #expect(again.attributions(in: text) == tagger.attributions(in: text))
    }

    @Test func badTextGivesSaneOutputQuickly() throws {
        let tagger = try Self.shippedTagger()
        #expect(tagger.attributions(in: "").isEmpty)
        // One long line without punctuation and an unbalanced quotation mark.
        let long = "\u{201C}" + String(repeating: "word ", count: 200_000)
        let found = tagger.attributions(in: long)
        #expect(found.allSatisfy { $0.content.allSatisfy { $0.end <= long.unicodeScalars.count } })
    }

    @Test func aLineWithCuesButNoStopIsCutIntoBoundedSentences() throws {
        // Cue words everywhere and no full stop: before the cut, one sentence held every cue and
        // linking grew with its square (a 10 MB line ran for minutes).
        let line = String(repeating: "he said that the plan would work and ", count: 4_000)
        let tokens = TaggerTokens.tokens(TextModel(ScalarText(line), breaker: TextBreaker()))
        let longest = Dictionary(grouping: tokens, by: \.sentence).values.map(\.count).max() ?? 0
        #expect(longest <= TaggerTokens.longestSentence)
        let found = try Self.shippedTagger().attributions(in: line)
        #expect(!found.isEmpty)
        #expect(found.allSatisfy { $0.content.allSatisfy { $0.end <= line.unicodeScalars.count && $0.start < $0.end } })
    }
}

/// Reported speech in the seeds' report, checked against the articles by hand.
struct ReportedSpeechSeedTests {
    static func report() throws -> StoryReport {
        let model = try AttributionTaggerTests.shippedTagger()
        return Analysis.report([Analysis.StoryInput(id: "seeds", articles: try SharedData.seedArticles())], attributionModel: model).stories[0]
    }

    @Test func peskovsReportedStatementIsHisWithTheSourceAsWritten() throws {
        // 000: "Kremlin spokesman Dimitry Peskov said on Wednesday that Russia will not initiate contact with the United States"
        let story = try Self.report()
        let variants = story.quotes.filter { $0.speaker == "Dmitry Peskov" }.flatMap(\.variants)
        let statement = try #require(variants.first { $0.text.contains("Russia will not initiate contact with the United States") })
        #expect(statement.article.hasPrefix("000"))
        #expect(statement.kind == .indirect)
        #expect(statement.attributedAs?.contains("Peskov") == true)
    }

    @Test func aPronounSourceIsResolvedToItsSpeaker() throws {
        // 003: "He expressed interest in Trump's stance on Ukraine and Russia" (He = Putin). 000's "Putin noted
        // Trump's statements regarding the Russia-Ukraine war caught his attention" shares only the story's
        // topic words (Trump, Russia, Ukraine) with it, so the two are not grouped as one statement.
        let story = try Self.report()
        let variant = try #require(story.quotes.flatMap { group in group.variants.map { (group, $0) } }
            .first { $0.1.text.contains("stance on Ukraine") })
        #expect(variant.0.speaker == "Vladimir Putin")
        #expect(variant.1.attributedAs == "He")
    }
}

/// `parallax attribute`'s speaker extra on a seed, checked against the text by hand.
struct AttributionSpeakerTests {
    @Test func aPronounSourceCarriesThePersonItRefersTo() throws {
        // 000: "… congratulate him," he said and further added that he was "ready" to speak … (he = Putin)
        let model = try AttributionTaggerTests.shippedTagger()
        let article = try SharedData.seedArticle("000")
        let found = model.attributionsWithSpeakers(article, breaker: TextBreaker())
        let scalars = Array(article.text.string.unicodeScalars)
        func string(_ span: Span) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
        let ready = try #require(found.first { $0.content.contains { string($0).contains("\"ready\" to speak") } })
        #expect(ready.source.map(string) == "he")
        #expect(ready.speakerName == "Vladimir Putin")
        #expect(ready.speaker.map(string) == "Vladimir Putin")
    }
}
