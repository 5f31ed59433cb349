import Foundation
import Testing
@testable import ParallaxCore

/// The one text model: its words are the words ICU's word boundaries give, on real text.
struct TextModelTests {
    static func texts() throws -> [ScalarText] {
        // Where word boundaries are subtle: handles and addresses, apostrophes, numbers, marks, joiners, symbols.
        let edges = ["a@b @a a@ @ @@a a.@b", "_ ___ a_ 1@2 _1 @_", "a' 'a a''b 1.a a.1 3.5bn 1,000,000.5", "a\u{00AD}b \u{0301}a a\u{200D}b",
                     "10\u{202F}000 e\u{0301} a:b a·b #tag $5 a-b", "Ⅻ ½ x² 3½ n° dž ʼa ⓒ 😀 a😀 🇺🇸 a…b", "l’État l‘a U.S. U.K.-based",
                     "SNS에 리벤지’의 中国人民 東京タワーへ ภาษาไทย"]
        var texts = edges.map(ScalarText.init) + (try SharedData.seedArticles().map { ScalarText($0.content) })
        for set in ["basil", "giveme5w1h", "wikiref220"] {
            texts += Ingest.read(try SharedData.document("eval/clustering/\(set).dev.jsonl")).articles.map { ScalarText($0.content) }
        }
        let pages = try FileManager.default.contentsOfDirectory(atPath: SharedData.url("eval/extraction/html").path).sorted()
        for page in pages {
            texts += Ingest.read(try SharedData.document("eval/extraction/html/" + page)).articles.map { Extract.article(from: $0).text }
        }
        return texts
    }

    @Test func wordsAreTheWordsICUFinds() throws {
        let breaker = TextBreaker()
        var differences: [String] = []
        var words = 0
        for text in try Self.texts() {
            let ours = TextModel(text, breaker: breaker).tokens.filter(\.isWord).map(\.span)
            let icu = breaker.words(in: text, within: Span(0, text.count)).map(\.span)
            words += icu.count
            if ours != icu {
                let a = Set(ours), b = Set(icu)
                for span in a.subtracting(b).sorted().prefix(3) { differences.append("ours: \(text.slice(span))") }
                for span in b.subtracting(a).sorted().prefix(3) { differences.append("icu: \(text.slice(span))") }
            }
        }
        #expect(words > 300_000)
        #expect(differences.isEmpty, "\(differences.prefix(20))")
    }
}

/// Views over the text model keep to their spans and their lines.
struct TextModelViewTests {
    @Test func aWordCutByTheEndOfItsBlockEndsThere() throws {
        // A scraped line with an app promo glued to it: the body ends at "dialogue.", the promo starts at "Read".
        let line = "Putin said on Thursday at the Valdai forum in Sochi that Russia remained open to a frank and long dialogue.Read Full Article at RT.com."
        let article = PlainTextExtractor.extract(RawArticle(id: "glued", source: "glued.txt", format: .text, content: line))
        let body = try #require(article.bodyBlocks.first)
        #expect(article.text.slice(body.span).hasSuffix("dialogue."))
        let language = Language.analyse(article, breaker: TextBreaker())
        #expect(language.tokens.last?.text == "dialogue")
        #expect(language.tokens.allSatisfy { body.span.contains($0.span) })
        let features = StoryFeatureExtractor.features(of: article)
        #expect(features.features.allSatisfy { $0.field == .title || body.span.contains($0.span) })
        #expect(!features.features.contains { $0.key == "articl" || $0.key == "article" })
    }

    @Test func aLineOpenedByANarrowSpaceStillStartsAParagraphForTheTagger() {
        let text = "Peskov said it was not ruled out.\n\u{202F}\u{201C}We will see,\u{201D} he said."
        let tokens = TaggerTokens.tokens(TextModel(ScalarText(text), breaker: TextBreaker()))
        #expect(!tokens.contains { $0.lower.unicodeScalars.allSatisfy(\.properties.isWhitespace) })
        let quote = tokens.first { $0.lower == "\u{201C}" }
        #expect(quote?.paragraphStart == true)
        #expect(tokens.filter(\.paragraphStart).count == 2)
    }
}
