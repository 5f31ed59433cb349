import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Reads a CoNLL-U file, gzipped or not; a file that cannot be read or holds no word line is one error naming it.
func readCoNLLU(_ path: String) throws -> [CoNLLUSentence] {
    let sentences: [CoNLLUSentence]
    do {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let plain = Gzip.isGzip(bytes) ? try Gzip.inflate(bytes, limit: 1 << 30) : bytes
        sentences = CoNLLU.sentences(String(decoding: plain, as: UTF8.self))
    } catch {
        throw SettingsOptions.BadFile(description: "\(path): cannot read (\((error as NSError).localizedFailureReason ?? error.localizedDescription))")
    }
    guard sentences.contains(where: { !$0.words.isEmpty }) else { throw SettingsOptions.BadFile(description: "\(path): no CoNLL-U word lines") }
    return sentences
}

struct TrainLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Train the part-of-speech tagger and the dependency parser on UD English EWT's train split (CoNLL-U).")

    @Option(help: "The training treebank (.conllu, optionally .gz).")
    var train = "../shared/eval/language/en_ewt-ud-train.conllu.gz"

    @Option(help: "Folder to write pos-tagger.bin.gz and dependency-parser.bin.gz into.")
    var out = "Sources/ParallaxModels/Resources"

    @Option(help: "Passes over the training data for the tagger.")
    var taggerEpochs = 8

    @Option(help: "Passes over the training data for the parser.")
    var parserEpochs = 8

    func run() throws {
        let started = Date()
        let sentences = try readCoNLLU(train)
        let tagged = sentences.map { sentence in
            (words: sentence.words.map(\.form), tags: sentence.words.map { UPOS(name: $0.upos) ?? .x })
        }
        func report(_ step: String) {
            FileHandle.standardError.write(Data(String(format: "%6.1f s  %@\n", Date().timeIntervalSince(started), step).utf8))
        }
        let (tagger, heldOutTags) = PartOfSpeechTagger.trainWithHeldOutTags(tagged, epochs: taggerEpochs, progress: report)
        // The parser learns from the tags a tagger not trained on the sentence gives, as it will see them.
        let examples = zip(sentences, heldOutTags).map { sentence, tags in
            DependencyParser.Example(words: sentence.words.map(\.form), tags: tags, heads: sentence.words.map(\.head),
                                     relations: sentence.words.map { String($0.deprel.prefix { $0 != ":" }) })
        }
        let parser = DependencyParser.train(examples, epochs: parserEpochs, progress: report)
        let taggerBytes = tagger.file(), parserBytes = parser.file()
        try Data(taggerBytes).write(to: URL(fileURLWithPath: out + "/pos-tagger.bin.gz"))
        try Data(parserBytes).write(to: URL(fileURLWithPath: out + "/dependency-parser.bin.gz"))
        print(String(format: "trained on %d sentences in %.1f s; wrote %@/pos-tagger.bin.gz (%.1f MB) and dependency-parser.bin.gz (%.1f MB)",
                     sentences.count, Date().timeIntervalSince(started), out, Double(taggerBytes.count) / 1_048_576,
                     Double(parserBytes.count) / 1_048_576))
    }
}

struct EvalLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Score the tagger, parser and entity typer on gold-tokenised CoNLL-U (UD English EWT dev) with the set's scorer.")

    @Option(help: "Gold CoNLL-U.")
    var conllu = "../shared/eval/language/en_ewt-ud-dev.conllu"

    @Option(help: "Gold entity tags (Universal NER IOB2 on the same sentences); empty to skip entity scoring.")
    var ner = "../shared/eval/language/uner_en_ewt-dev.iob2"

    @Option(help: "The scorer.")
    var scorer = "../shared/eval/language/score.py"

    @Option(help: "A folder with pos-tagger.bin.gz and dependency-parser.bin.gz instead of the shipped ones.")
    var model: String?

    @Option(help: "Floor on UPOS accuracy: exit 1 below it.")
    var minUpos: Double?

    @Option(help: "Floor on LAS: exit 1 below it.")
    var minLas: Double?

    @Option(help: "Floor on entity F1 (PER/ORG/LOC, exact span and type): exit 1 below it.")
    var minNerF1: Double?

    func run() throws {
        let grammar = try ShippedModels.grammar(directory: model)
        let gold = try readCoNLLU(conllu)
        let predicted = grammar.annotate(gold.map(Self.blanked))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-language-\(getpid()).conllu")
        defer { try? FileManager.default.removeItem(at: path) }
        try Data(CoNLLU.text(predicted).utf8).write(to: path)
        let line = try Scorer.run(script: scorer, arguments: ["--gold", conllu, "--pred", path.path] + (ner.isEmpty ? [] : ["--ner", ner]))
        print(line)
        if let minUpos, let upos = Scorer.figure("UPOS", in: line), upos < minUpos {
            throw ValidationError("UPOS \(upos) < \(minUpos)")
        }
        if let minLas, let las = Scorer.figure("LAS", in: line), las < minLas { throw ValidationError("LAS \(las) < \(minLas)") }
        if let minNerF1, let f1 = Scorer.figure("NER-F1", in: line), f1 < minNerF1 { throw ValidationError("NER-F1 \(f1) < \(minNerF1)") }
    }

    /// The gold sentence with every predicted column emptied: nothing of the answer is left to read.
    static func blanked(_ sentence: CoNLLUSentence) -> CoNLLUSentence {
        var sentence = sentence
        for index in sentence.words.indices {
            var word = CoNLLUSentence.Word(form: sentence.words[index].form)
            word.head = 0
            sentence.words[index] = word
        }
        return sentence
    }
}

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Tag and parse sentences: CoNLL-U with UPOS, HEAD and DEPREL filled (with --conllu, on the file's own words and sentences).")

    @Option(help: "Read this CoNLL-U file and keep its words, sentence breaks and comments exactly, filling only the predicted columns.")
    var conllu: String

    @Option(help: "A folder with pos-tagger.bin.gz and dependency-parser.bin.gz instead of the shipped ones.")
    var model: String?

    func run() throws {
        let grammar = try ShippedModels.grammar(directory: model)
        let sentences = try readCoNLLU(conllu).map(EvalLanguage.blanked)
        FileHandle.standardOutput.write(Data(CoNLLU.text(grammar.annotate(sentences)).utf8))
    }
}

struct BenchLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Tokens/s of the tagger and of tagger + parser on one core, over gold-tokenised dev sentences (use -c release).")

    @Option(help: "CoNLL-U whose words are tagged and parsed.")
    var conllu = "../shared/eval/language/en_ewt-ud-dev.conllu"

    @Option(help: "Passes over the sentences.")
    var repeats = 5

    func run() throws {
        let grammar = try ShippedModels.grammar()
        let sentences = try readCoNLLU(conllu).map { $0.words.map(\.form) }
        let words = sentences.reduce(0) { $0 + $1.count } * repeats
        var checksum = 0
        var started = Date()
        for _ in 0..<repeats { for sentence in sentences { checksum &+= grammar.tagger.tag(sentence).count } }
        let tagging = Date().timeIntervalSince(started)
        started = Date()
        for _ in 0..<repeats {
            for sentence in sentences { checksum &+= grammar.parser.parse(words: sentence, tags: grammar.tagger.tag(sentence)).heads.count }
        }
        let parsing = Date().timeIntervalSince(started)
        print(String(format: "tagger: %.0f tokens/s; tagger + parser: %.0f tokens/s (%d tokens, %d passes, check %d)",
                     Double(words) / tagging, Double(words) / parsing, words / repeats, repeats, checksum))
    }
}
