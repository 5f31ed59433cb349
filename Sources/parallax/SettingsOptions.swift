import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// `--settings FILE`: the pipeline's settings from a JSON file laid over the shipped ones.
struct SettingsOptions: ParsableArguments {
    @Option(name: .customLong("settings"), help: "A JSON file of settings to use instead of the shipped ones (those it leaves out keep their value; `parallax settings` prints them all).")
    var file: String?

    /// A bad file is one error naming it (exit 1), not a usage message.
    struct BadFile: Error, CustomStringConvertible {
        var description: String
    }

    func load() throws -> Settings {
        guard let file else { return .standard }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: file)) } catch {
            throw BadFile(description: "\(file): cannot read (\(error.localizedDescription))")
        }
        do { return try Settings.fromJSON(data) } catch { throw BadFile(description: "\(file): \(error)") }
    }
}

/// `--background` / `--no-background`: English at large as the prior of the stories stage's word statistics.
struct BackgroundOption: ParsableArguments {
    @Flag(inversion: .prefixedNo, help: "Weigh words by English at large (the shipped background word frequencies) when grouping stories, as well as by the input.")
    var background = true

    /// The shipped table, read for documents of the settings' length; nil with `--no-background`.
    func load(_ settings: Settings) throws -> BackgroundFrequencies? {
        background ? try ShippedModels.backgroundFrequencies(documentWords: settings.stories.backgroundDocumentWords) : nil
    }
}

/// Prints every setting with its shipped value, as a file `--settings` reads.
struct SettingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "settings", abstract: "Print every setting and its value as JSON (the shipped ones, or a --settings file laid over them).")

    @OptionGroup var settings: SettingsOptions

    func run() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        FileHandle.standardOutput.write(try encoder.encode(settings.load()) + Data("\n".utf8))
    }
}
