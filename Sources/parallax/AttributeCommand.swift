import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Plain-text articles in, one JSON line per article out: every attribution with its content,
/// cue and source spans (Unicode scalar offsets) and kind, in the PolNeAR scorer's format.
struct AttributeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribute", abstract: "Find who said what in plain-text articles, as JSON Lines.")

    @Argument(help: "Text files (.txt, optionally .gz) or folders of them.")
    var inputs: [String]

    @Option(help: "An attribution model other than the one shipped (from `parallax train attribution`).")
    var model: String?

    @Flag(help: "Leave out the resolved speaker (about 3x faster: no name finding).")
    var noSpeakers = false

    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        let settings = try settingsOptions.load()
        let tagger = try TaggerModel.load(model)
        let breaker = TextBreaker()
        let (allPaths, fileErrors) = InputFiles.paths(inputs)
        var failures = fileErrors.count
        for error in fileErrors { printError(error.description) }
        let output = FileHandle.standardOutput
        // In folders only text files are articles (PolNeAR keeps its .ann annotations beside them);
        // a file named on the command line is read whatever its name.
        let paths = allPaths.filter { inputs.contains($0) || $0.hasSuffix(".txt") || $0.hasSuffix(".txt.gz") }
        try InputFiles.eachArticle(in: paths, limits: settings.ingest, onError: { printError($0.description); failures += 1 }) { raw in
            let found = noSpeakers ? tagger.attributions(in: raw.content)
                : tagger.attributionsWithSpeakers(Extract.article(from: raw, settings: settings.extract), breaker: breaker, language: settings.language)
            output.write(try AttributionRecord(id: raw.id, attributions: found).jsonLine())
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The shipped attribution model, or one named on the command line.
enum TaggerModel {
    /// A model that cannot be loaded is a usage error, said in one line.
    static func loadingErrors<T>(_ load: () throws -> T) throws -> T {
        do { return try load() } catch { throw ValidationError("\(error)") }
    }

    static func load(_ path: String?, grammar: GrammarModel? = nil) throws -> AttributionModel {
        do { return try ShippedModels.attribution(path: path, grammar: grammar) } catch { throw ValidationError("\(error)") }
    }
}

/// The `attribute` output line: the scorer's prediction format, plus the resolved speaker.
struct AttributionRecord: Encodable {
    struct Entry: Encodable {
        var content: [Span]
        var source: Span?
        var cue: Span?
        var kind: String
        /// Extras beyond the scorer's format: who the source is, and where the article names them so.
        var speaker: String?
        var speakerSpan: Span?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(content, forKey: .content)
            // The scorer reads a missing source or cue as null; write null explicitly.
            try container.encode(source, forKey: .source)
            try container.encode(cue, forKey: .cue)
            try container.encode(kind, forKey: .kind)
            try container.encodeIfPresent(speaker, forKey: .speaker)
            try container.encodeIfPresent(speakerSpan, forKey: .speakerSpan)
        }
        enum CodingKeys: String, CodingKey { case content, source, cue, kind, speaker, speakerSpan }
    }
    var id: String
    var attributions: [Entry]

    init(id: String, attributions: [TaggedAttribution]) {
        self.id = id
        self.attributions = attributions.map {
            Entry(content: $0.content, source: $0.source, cue: $0.cue, kind: $0.kind.rawValue, speaker: $0.speakerName, speakerSpan: $0.speaker)
        }
    }
}
