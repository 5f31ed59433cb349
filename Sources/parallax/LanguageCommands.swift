import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Reads a CoNLL-U file, gzipped or not.
func readCoNLLU(_ path: String) throws -> [CoNLLUSentence] {
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    let plain = Gzip.isGzip(bytes) ? try Gzip.inflate(bytes, limit: 1 << 30) : bytes
    return CoNLLU.sentences(String(decoding: plain, as: UTF8.self))
}

struct TrainLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Train the part-of-speech tagger on UD English EWT's train split (CoNLL-U).")

    @Option(help: "The training treebank (.conllu, optionally .gz).")
    var train = "../shared/eval/language/en_ewt-ud-train.conllu.gz"

    @Option(help: "Where to write the model.")
    var out = "Sources/ParallaxModels/Resources/grammar-model.bin.gz"

    @Option(help: "Passes over the training data for the tagger.")
    var taggerEpochs = 8

    func run() throws {
        let started = Date()
        let sentences = try readCoNLLU(train)
        let tagged = sentences.map { sentence in
            (words: sentence.words.map(\.form), tags: sentence.words.map { UPOS(name: $0.upos) ?? .x })
        }
        let tagger = PartOfSpeechTagger.train(tagged, epochs: taggerEpochs) { step in
            FileHandle.standardError.write(Data(String(format: "%6.1f s  %@\n", Date().timeIntervalSince(started), step).utf8))
        }
        let bytes = GrammarModel(tagger: tagger).file()
        try Data(bytes).write(to: URL(fileURLWithPath: out))
        print(String(format: "trained on %d sentences in %.1f s; wrote %@ (%.1f MB)", sentences.count,
                     Date().timeIntervalSince(started), out, Double(bytes.count) / 1_048_576))
    }
}

struct EvalLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Score the tagger on gold-tokenised CoNLL-U (UD English EWT dev) with the set's scorer.")

    @Option(help: "Gold CoNLL-U.")
    var conllu = "../shared/eval/language/en_ewt-ud-dev.conllu"

    @Option(help: "The scorer.")
    var scorer = "../shared/eval/language/score.py"

    @Option(help: "A grammar model file instead of the shipped one.")
    var model: String?

    @Option(help: "Floor on UPOS accuracy: exit 1 below it.")
    var minUpos: Double?

    func run() throws {
        let grammar = try ShippedModels.grammar(path: model)
        let gold = try readCoNLLU(conllu)
        let predicted = grammar.annotate(gold.map(Self.blanked))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-language-\(getpid()).conllu")
        defer { try? FileManager.default.removeItem(at: path) }
        try Data(CoNLLU.text(predicted).utf8).write(to: path)
        let line = try Scorer.run(script: scorer, arguments: ["--gold", conllu, "--pred", path.path])
        print(line)
        if let minUpos, let upos = Scorer.figure("UPOS", in: line), upos < minUpos {
            throw ValidationError("UPOS \(upos) < \(minUpos)")
        }
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
        commandName: "parse", abstract: "Tag sentences: CoNLL-U with UPOS filled (with --conllu, on the file's own words and sentences).")

    @Option(help: "Read this CoNLL-U file and keep its words, sentence breaks and comments exactly, filling only the predicted columns.")
    var conllu: String

    @Option(help: "A grammar model file instead of the shipped one.")
    var model: String?

    func run() throws {
        let grammar = try ShippedModels.grammar(path: model)
        let sentences = try readCoNLLU(conllu).map(EvalLanguage.blanked)
        FileHandle.standardOutput.write(Data(CoNLLU.text(grammar.annotate(sentences)).utf8))
    }
}
