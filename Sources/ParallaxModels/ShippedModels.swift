import Dispatch
import Foundation
import ParallaxCore

/// The learned models that ship with Parallax, loaded from this target's resources, so that the
/// command line, a server and the tests all load the same files in the same way.
public enum ShippedModels {
    public struct MissingModel: Error, CustomStringConvertible {
        public var description: String
    }

    /// Where the shipped attribution model is (see `Resources/README.md` for its provenance).
    public static var attributionURL: URL? { Bundle.module.url(forResource: "attribution-tagger.bin", withExtension: "gz") }

    /// The shipped attribution model, or the model file at `path`; one that reads a parse gets `grammar`
    /// (the shipped one when not given).
    public static func attribution(path: String? = nil, grammar shared: GrammarModel? = nil, attachingGrammar: Bool = true) throws -> AttributionModel {
        guard let url = path.map({ URL(fileURLWithPath: $0) }) ?? attributionURL else {
            throw MissingModel(description: "the attribution model is missing from the build; run `parallax train attribution`")
        }
        do {
            var model = try AttributionModel(file: [UInt8](try Data(contentsOf: url)))
            if model.usesParse, attachingGrammar { model.grammar = try shared ?? grammar() }
            return model
        } catch {
            throw MissingModel(description: "\(url.path): \(error)")
        }
    }
}

extension ShippedModels {
    /// The shipped table of English word frequencies (wordfreq 3.1.1, CC BY-SA 4.0), as the stories
    /// stage's document-frequency prior for documents of `documentWords` words.
    public static func backgroundFrequencies(documentWords: Float = StorySettings.standard.backgroundDocumentWords) throws -> BackgroundFrequencies {
        guard let url = Bundle.module.url(forResource: "background-frequencies.tsv", withExtension: "gz") else {
            throw MissingModel(description: "the background word frequencies are missing from the build; run scripts/build-background-frequencies.sh")
        }
        let bytes = try Gzip.inflate([UInt8](try Data(contentsOf: url)))
        return BackgroundFrequencies(table: String(decoding: bytes, as: UTF8.self), documentWords: documentWords)
    }
}

extension ShippedModels {
    static func load<T>(_ name: String, path: String?, what: String, _ make: ([UInt8]) throws -> T) throws -> T {
        guard let url = path.map({ URL(fileURLWithPath: $0) }) ?? Bundle.module.url(forResource: name, withExtension: "gz") else {
            throw MissingModel(description: "the \(what) is missing from the build; run `parallax train language`")
        }
        do {
            return try make([UInt8](try Data(contentsOf: url)))
        } catch {
            throw MissingModel(description: "\(url.path): \(error)")
        }
    }

    /// The shipped part-of-speech tagger (trained on UD English EWT, CC BY-SA 4.0), or the file at `path`.
    public static func tagger(path: String? = nil) throws -> PartOfSpeechTagger {
        try load("pos-tagger.bin", path: path, what: "part-of-speech tagger", PartOfSpeechTagger.init(file:))
    }

    /// The shipped tagger, dependency parser and gazetteer; `directory` holds other `pos-tagger.bin.gz` and
    /// `dependency-parser.bin.gz` files.
    public static func grammar(directory: String? = nil) throws -> GrammarModel {
        // The three files are independent: read side by side, inflating tens of megabytes takes half as long on two cores.
        let tagger = Loaded<PartOfSpeechTagger>(), parser = Loaded<DependencyParser>(), gazetteer = Loaded<Gazetteer>()
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            switch part {
            case 0: tagger.set { try Self.tagger(path: directory.map { $0 + "/pos-tagger.bin.gz" }) }
            case 1: parser.set { try Self.parser(path: directory.map { $0 + "/dependency-parser.bin.gz" }) }
            default: gazetteer.set { try Self.gazetteer() }
            }
        }
        return GrammarModel(tagger: try tagger.get(), parser: try parser.get(), gazetteer: try gazetteer.get())
    }

    /// Everything `analyze` reads, loaded side by side: the grammar, the attribution model (given the
    /// grammar when it reads a parse) and, for documents of `documentWords` words, the background frequencies.
    public static func forAnalysis(documentWords: Float?) throws -> (grammar: GrammarModel, attribution: AttributionModel, background: BackgroundFrequencies?) {
        let grammar = Loaded<GrammarModel>(), attribution = Loaded<AttributionModel>(), background = Loaded<BackgroundFrequencies?>()
        DispatchQueue.concurrentPerform(iterations: 3) { part in
            switch part {
            case 0: grammar.set { try Self.grammar() }
            case 1: attribution.set { try Self.attribution(attachingGrammar: false) }
            default: background.set { try documentWords.map { try Self.backgroundFrequencies(documentWords: $0) } }
            }
        }
        let loadedGrammar = try grammar.get()
        var model = try attribution.get()
        if model.usesParse { model.grammar = loadedGrammar }
        return (loadedGrammar, model, try background.get())
    }

    /// One model loaded on another thread: its value or the error, written once before it is read.
    final class Loaded<Value>: @unchecked Sendable {
        private var result: Result<Value, Error>?
        private let lock = NSLock()
        func set(_ load: () throws -> Value) {
            let outcome = Result { try load() }
            lock.withLock { result = outcome }
        }
        func get() throws -> Value { try lock.withLock { result! }.get() }
    }

    /// The shipped dependency parser (trained on UD English EWT, CC BY-SA 4.0), or the file at `path`.
    public static func parser(path: String? = nil) throws -> DependencyParser {
        try load("dependency-parser.bin", path: path, what: "dependency parser", DependencyParser.init(file:))
    }

    /// The shipped lists of places and people's names (GeoNames, CC BY 4.0; US Census, public domain).
    public static func gazetteer() throws -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer.tsv", withExtension: "gz") else {
            throw MissingModel(description: "the gazetteer is missing from the build; run scripts/build-gazetteer.sh")
        }
        return Gazetteer(table: String(decoding: try Gzip.inflate([UInt8](try Data(contentsOf: url))), as: UTF8.self))
    }
}
