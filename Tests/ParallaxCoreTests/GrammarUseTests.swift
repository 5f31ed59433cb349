import Foundation
import ParallaxModels
import Testing
@testable import ParallaxCore

/// What the grammar gives the later stages, on real sentences of UD English EWT dev (never trained
/// on) and the seeds: entity types, what a number counts, roles from the parse.
struct GrammarUseTests {
    static let model = Result { try ShippedModels.grammar() }

    /// A sentence of plain text through the language stage with the shipped grammar.
    static func analysed(_ text: String) throws -> LanguageAnalysis {
        let article = PlainTextExtractor.extract(RawArticle(id: "t", source: "t.txt", format: .text, content: text))
        return Language.analyse(article, breaker: TextBreaker(), grammar: try model.get())
    }

    /// The gold words of a dev sentence, and its Universal NER entities as (words, type).
    static func devSentence(_ id: String) throws -> (words: [String], entities: [(String, String)]) {
        let conllu = try String(contentsOf: SharedData.url("eval/language/en_ewt-ud-dev.conllu"), encoding: .utf8)
        let sentence = try #require(CoNLLU.sentences(conllu).first { $0.comments.contains("sent_id = " + id) })
        let iob = try String(contentsOf: SharedData.url("eval/language/uner_en_ewt-dev.iob2"), encoding: .utf8)
        let block = try #require(iob.components(separatedBy: "\n\n").first { $0.contains("# sent_id = " + id + "\n") })
        var entities: [(String, String)] = []
        for line in block.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t").map(String.init)
            if columns[2].hasPrefix("B-") { entities.append((columns[1], String(columns[2].dropFirst(2)))) }
            if columns[2].hasPrefix("I-") { entities[entities.count - 1].0 += " " + columns[1] }
        }
        return (sentence.words.map(\.form), entities)
    }

    @Test func titlesAreNotPartOfTheNamesTheyType() throws {
        // UNER gold: "Iyad Allawi" and "Hazem Shaalan" are PER; "Prime Minister", "Minister of Defense" are no part of them.
        let (words, gold) = try Self.devSentence("weblog-juancole.com_juancole_20041111060900_ENG_20041111_060900-0006")
        let model = try Self.model.get()
        let found = EntityTyper.entities(words: words, tags: model.tagger.tag(words), gazetteer: model.gazetteer)
            .map { (words[$0.range].joined(separator: " "), $0.kind.nerLabel) }
        #expect(gold.map { $0.0 } == ["Iyad Allawi", "Hazem Shaalan"])
        for (name, type) in gold { #expect(found.contains { $0 == (name, type) }) }
    }

    @Test func aCountryIsAPlaceAndAnAcronymAnOrganisation() throws {
        // Seed 001: "…initiate contact with the United States" and "the Kremlin" / "NBC News".
        let language = try Self.analysed("Kremlin spokesman Dmitry Peskov said on Wednesday that Russia will not initiate contact with the United States. NBC News reported it first.")
        let kinds = Dictionary(language.names.map { ($0.text, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["United States"] == .place)
        #expect(kinds["Russia"] == .place)
        #expect(kinds["Dmitry Peskov"] == .person)
        #expect(kinds["NBC News"] == .organisation)
    }

    @Test func aNumberKnowsWhatItCountsAndHowItIsHedged() throws {
        // EWT dev weblog-blogspot.com_aggressivevoicedaily_20060814163400_ENG_20060814_163400-0010; gold: 1,100 nummod
        // of "cartoons", 60 nummod of "countries".
        let language = try Self.analysed("He added that around 1,100 cartoons were submitted by participants from more than 60 countries and that more than 200 are on show.")
        let byValue = Dictionary(language.numbers.map { ($0.value, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byValue[1100]?.countedText == "cartoons" && byValue[1100]?.bound == .about)
        #expect(byValue[1100]?.text == "around 1,100 cartoons")
        #expect(byValue[60]?.countedText == "countries" && byValue[60]?.bound == .atLeast)
        #expect(byValue[200]?.bound == .atLeast)
        // Seed 002: "spoken with “probably” 70 world leaders": the leaders are counted, "world" is not the unit,
        // and a closing quotation mark stands between "probably" and the number.
        let seed = try Self.analysed("Trump revealed he had spoken with “probably” 70 world leaders since his electoral victory.")
        let seventy = try #require(seed.numbers.first { $0.value == 70 })
        #expect(seventy.countedText == "leaders" && seventy.unit == "leader" && seventy.bound == .exact)
    }

    @Test func aHedgedCountAgreesWithACountItAllows() throws {
        func count(_ text: String, article: String) throws -> (ref: TextRef, number: NumberMention) {
            let number = try #require(try Self.analysed(text).numbers.first)
            return (TextRef(article: article, text: number.text, span: number.span), number)
        }
        let moreThan70 = try count("Trump said he had spoken with more than 70 world leaders.", article: "a")
        let exactly72 = try count("Trump said he had spoken with 72 world leaders.", article: "b")
        let exactly70 = try count("Trump said he had spoken with 70 world leaders.", article: "c")
        #expect(moreThan70.number.bound == .atLeast && moreThan70.number.unit == exactly72.number.unit)
        #expect(!ConflictFinder.disagree([moreThan70, exactly72], settings: ConflictSettings()))
        #expect(ConflictFinder.disagree([exactly70, exactly72], settings: ConflictSettings()))
        // giveme5w1h dev (Nice, 2016): "She estimated the truck moved at 20-25 mph." A range allows what falls in it.
        let range = try count("She estimated the truck moved at 20-25 mph.", article: "d")
        #expect(range.number.bound == .range && range.number.value == 20 && range.number.upper == 25)
        let about25 = try count("Witnesses said the truck moved at about 25 mph.", article: "e")
        let exactly40 = try count("Witnesses said the truck moved at 40 mph.", article: "f")
        #expect(!ConflictFinder.disagree([range, about25], settings: ConflictSettings()))
        #expect(ConflictFinder.disagree([range, exactly40], settings: ConflictSettings()))
    }

    @Test func anAppositionTheParseReadsIsARole() throws {
        // EWT dev weblog-juancole.com_juancole_20040324065800_ENG_20040324_065800-0001: gold "leader" is the appos of
        // "Ahmed"; the role the parse gives is the apposition's whole phrase.
        let language = try Self.analysed("Xinhua reports that a wide range of Iraqi political forces on Tuesday condemned Sharon's murder of Sheikh Ahmed Yassin, a religious leader of Hamas, the night before.")
        let yassin = try #require(language.names.first { $0.text == "Ahmed Yassin" })
        #expect(yassin.kind == .person)
        let sentence = language.sentences[yassin.sentence].tokens
        let role = NameFinder.parsedRole(tokens: language.tokens, name: yassin.firstToken..<(yassin.firstToken + yassin.tokenCount),
                                         sentence: sentence, maxWords: LanguageSettings().maxAppositionWords)
        #expect(role.map(ScalarText("Xinhua reports that a wide range of Iraqi political forces on Tuesday condemned Sharon's murder of Sheikh Ahmed Yassin, a religious leader of Hamas, the night before.").slice) == "a religious leader of Hamas")
    }

    @Test func theShippedAttributionModelReadsTheParse() throws {
        let model = try ShippedModels.attribution()
        #expect(model.usesParse && model.grammar != nil)
        // Seed 001's sentence: the cue's subject and the clause it governs.
        let found = model.attributions(in: "Kremlin spokesman Dmitry Peskov said on Wednesday that Russia will not initiate contact with the United States.")
        let text = ScalarText("Kremlin spokesman Dmitry Peskov said on Wednesday that Russia will not initiate contact with the United States.")
        let attribution = try #require(found.first)
        #expect(attribution.source.map(text.slice)?.contains("Peskov") == true)
        #expect(attribution.content.map(text.slice).joined(separator: " ").contains("Russia will not initiate contact"))
    }
}
