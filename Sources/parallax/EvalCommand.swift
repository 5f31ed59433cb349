import ArgumentParser
import Foundation
import ParallaxCore

/// Runs a stage on an evaluation set, scores it with the set's own scorer, and holds a floor.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Score a stage on an evaluation set with its scorer.",
        subcommands: [EvalExtraction.self, EvalAttribution.self, EvalClustering.self, EvalLanguage.self, EvalCompare.self])
}

struct EvalExtraction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction", abstract: "Score HTML extraction on the ScrapingHub benchmark pages.")

    @Option(help: "Folder with html/, ground-truth.json and score.py.")
    var dir = "../shared/eval/extraction"

    @Option(help: "Fail (exit 1) when F1 is below this.")
    var minF1: Double?

    @Option(help: "Fail (exit 1) when accuracy is below this.")
    var minAccuracy: Double?

    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        let settings = try settingsOptions.load()
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-extraction-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        var output = Data()
        for path in InputFiles.files(under: dir + "/html") {
            guard case .success(let document) = InputFiles.read(path) else { continue }
            for raw in Ingest.read(document, limits: settings.ingest).articles {
                output.append(try ExtractionRecord(Extract.article(from: raw, settings: settings.extract)).jsonLine())
            }
        }
        try output.write(to: predictions)
        let line = try Scorer.run(script: dir + "/score.py",
                                  arguments: ["--gold", dir + "/ground-truth.json", "--pred", predictions.path])
        print(line)
        let f1 = Scorer.figure("F1", in: line)
        let accuracy = Scorer.figure("accuracy", in: line)
        if let minF1, (f1 ?? 0) < minF1 { throw ValidationError("F1 \(f1 ?? 0) is below the floor \(minF1)") }
        if let minAccuracy, (accuracy ?? 0) < minAccuracy { throw ValidationError("accuracy \(accuracy ?? 0) is below the floor \(minAccuracy)") }
    }
}

struct EvalAttribution: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attribution", abstract: "Score attribution on a folder of PolNeAR .txt/.ann files.")

    @Option(help: "Folder of gold PolNeAR .txt and .ann files.")
    var goldDir = "../shared/eval/attribution/polnear/dev"

    @Option(help: "The scorer.")
    var scorer = "../shared/eval/attribution/score.py"

    @Option(help: "An attribution model other than the one shipped.")
    var model: String?

    @Flag(help: "Print the scorer's whole report, not only its last line.")
    var verbose = false

    @Flag(help: "Link the gold token labels instead of the tagger's: the ceiling the linker allows.")
    var goldLabels = false

    @Option(help: "Fail (exit 1) when content F1 is below this.")
    var minF1: Double?

    @Option(help: "Fail (exit 1) when end-to-end F1 is below this.")
    var minE2e: Double?

    @Option(help: "Fail (exit 1) when source accuracy is below this.")
    var minSourceAccuracy: Double?

    func run() throws {
        let tagger = try TaggerModel.load(model)
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-attribution-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        var output = Data()
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDir).filter { $0.hasSuffix(".txt") }.sorted()
        let started = Date()
        var megabytes = 0.0
        for name in names {
            let text = try String(contentsOfFile: goldDir + "/" + name, encoding: .utf8)
            megabytes += Double(text.utf8.count) / 1_048_576
            var found = tagger.attributions(in: text)
            if goldLabels {
                let annotation = try String(contentsOfFile: goldDir + "/" + name.dropLast(4) + ".ann", encoding: .utf8)
                found = AttributionTagger.linkedGold(text: text, attributions: BratAnnotations.attributions(annotation))
            }
            output.append(try AttributionRecord(id: String(name.dropLast(4)), attributions: found).jsonLine())
        }
        let seconds = Date().timeIntervalSince(started)
        try output.write(to: predictions)
        let report = try Scorer.output(script: scorer, arguments: ["--gold-dir", goldDir, "--pred", predictions.path])
        if verbose { print(report.joined(separator: "\n")) } else if let last = report.last { print(last) }
        let line = report.last ?? ""
        FileHandle.standardError.write(Data(String(format: "%d articles in %.2f s: %.0f articles/s, %.2f MB/s\n",
                                                   names.count, seconds, Double(names.count) / seconds, megabytes / seconds).utf8))
        for (name, floor) in [("F1", minF1), ("e2e-F1", minE2e), ("source-acc", minSourceAccuracy)] {
            if let floor, (Scorer.figure(name, in: line) ?? 0) < floor { throw ValidationError("\(name) \(Scorer.figure(name, in: line) ?? 0) is below the floor \(floor)") }
        }
    }
}

/// Calls an evaluation set's `score.py` and reads its last line.
enum Scorer {
    static func run(script: String, arguments: [String]) throws -> String {
        guard let last = try output(script: script, arguments: arguments).last else { throw ValidationError("\(script) printed nothing") }
        return last
    }

    static func output(script: String, arguments: [String], acceptingStatus: Set<Int32> = [0]) throws -> [String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard acceptingStatus.contains(process.terminationStatus), !lines.isEmpty else {
            throw ValidationError("\(script) failed with status \(process.terminationStatus)")
        }
        return lines
    }

    /// The number after `name` in a scorer line ("F1 0.972 P 0.965 …").
    static func figure(_ name: String, in line: String) -> Double? {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(where: { $0 == name }), index + 1 < words.count else { return nil }
        return Double(words[index + 1])
    }
}
