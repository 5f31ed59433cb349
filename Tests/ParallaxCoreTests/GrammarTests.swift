import Foundation
import ParallaxModels
import Testing
@testable import ParallaxCore

/// The shipped grammar model on real sentences: UD English EWT dev (never trained on) and the seeds.
struct GrammarTests {
    static let model = Result { try ShippedModels.grammar() }

    static func words(_ text: String) -> [String] { text.split(separator: " ").map(String.init) }

    @Test func aSeedSentenceIsTaggedAsItReads() throws {
        // From a seed: a title, a first name and a surname, then the verb of saying and the day.
        let words = Self.words("However , Kremlin spokesman Dimitry Peskov said on Wednesday that Russia will not initiate contact with the United States .")
        let tags = try Self.model.get().tagger.tag(words)
        let tagOf = Dictionary(zip(words, tags), uniquingKeysWith: { first, _ in first })
        #expect(tagOf["spokesman"] == .noun)
        #expect(tagOf["Dimitry"] == .propn && tagOf["Peskov"] == .propn)
        #expect(tagOf["said"] == .verb)
        #expect(tagOf["will"] == .aux)
        #expect(tagOf["Wednesday"] == .propn)
        #expect(tagOf["."] == .punct)
    }

    @Test func aSentenceInitialCommonNounIsNotAName() throws {
        // EWT dev email-enronsent05_01-0010: "Power" opens the sentence and is a common noun (gold NOUN).
        let tags = try Self.model.get().tagger.tag(Self.words("Power be where power lies ."))
        #expect(tags[0] == .noun && tags[4] == .noun)
        // A number before what it counts (seed: "probably 70 world leaders").
        let counted = try Self.model.get().tagger.tag(Self.words("Trump revealed he had spoken with probably 70 world leaders ."))
        #expect(counted[7] == .num && counted[9] == .noun)
    }

    @Test func devSentencesAreMostlyTaggedRight() throws {
        // A slice of the dev split; the full figure is `parallax eval language` in CI.
        let text = try String(contentsOf: SharedData.url("eval/language/en_ewt-ud-dev.conllu"), encoding: .utf8)
        let sentences = CoNLLU.sentences(text).prefix(400)
        let model = try Self.model.get()
        var right = 0, total = 0
        for sentence in sentences {
            let tags = model.tagger.tag(sentence.words.map(\.form))
            for (word, tag) in zip(sentence.words, tags) {
                total += 1
                if word.upos == tag.name { right += 1 }
            }
        }
        #expect(total > 5000)
        #expect(Double(right) / Double(total) > 0.92)
    }

    @Test func conlluKeepsWordsCommentsAndMultiwordLines() throws {
        let text = "# sent_id = a-1\n# text = I don't.\n1\tI\tI\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
            + "2\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n3\tn't\tnot\tPART\tRB\t_\t0\troot\t_\tSpaceAfter=No\n4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
        let sentences = CoNLLU.sentences(text)
        #expect(sentences.count == 1 && sentences[0].words.count == 4)
        #expect(sentences[0].words[2].head == 0 && sentences[0].words[0].head == 3)
        #expect(CoNLLU.text(sentences) == text)
    }

    @Test func wordsCapitalisedOnlyBySentenceStartAreNotNames() throws {
        // Three sentences of EWT dev (weblog juancole.com, 2004-11-11, -0003/-0004/-0006): each opens with
        // a common word (gold ADJ "Armed", NOUN "Hundreds", NOUN "Guerrillas").
        let text = "Armed clashes broke out in several northern Iraqi cities on Wednesday, leaving some 22 persons dead in Mosul, "
            + "Baiji, and Tuz. Hundreds of persons mounted demonstrations against the Fallujah campaign in Tikrit and Huwaijah, "
            + "as well, according to az-Zaman. Guerrillas threatened to assassinate Prime Minister Iyad Allawi and Minister of "
            + "Defense Hazem Shaalan in retaliation for the attack."
        let article = PlainTextExtractor.extract(RawArticle(id: "juancole", source: "juancole.txt", format: .text, content: text))
        let breaker = TextBreaker()
        let tagged = Language.analyse(article, breaker: breaker, grammar: try Self.model.get()).names.map(\.text)
        let untagged = Language.analyse(article, breaker: breaker).names.map(\.text)
        for word in ["Armed", "Hundreds", "Guerrillas"] {
            #expect(!tagged.contains { $0.hasPrefix(word) })
        }
        #expect(untagged.contains { $0.hasPrefix("Guerrillas") || $0.hasPrefix("Hundreds") || $0.hasPrefix("Armed") })
        for name in ["Mosul", "Tikrit", "Iyad Allawi"] { #expect(tagged.contains(name)) }
    }
}
