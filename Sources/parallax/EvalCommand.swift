import ArgumentParser
import Foundation
import ParallaxCore

/// Runs a stage on an evaluation set, scores it with the set's own scorer, and holds a floor.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval", abstract: "Score a stage on an evaluation set with its scorer.",
        subcommands: [EvalExtraction.self])
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

    func run() throws {
        let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-extraction-\(getpid()).jsonl")
        defer { try? FileManager.default.removeItem(at: predictions) }
        var output = Data()
        for path in InputFiles.files(under: dir + "/html") {
            guard case .success(let document) = InputFiles.read(path) else { continue }
            for raw in Ingest.read(document).articles {
                output.append(try ExtractionRecord(Extract.article(from: raw)).jsonLine())
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

/// Calls an evaluation set's `score.py` and reads its last line.
enum Scorer {
    static func run(script: String, arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
        guard process.terminationStatus == 0, let last = lines.last else {
            throw ValidationError("\(script) failed with status \(process.terminationStatus)")
        }
        return String(last)
    }

    /// The number after `name` in a scorer line ("F1 0.972 P 0.965 …").
    static func figure(_ name: String, in line: String) -> Double? {
        let words = line.split(separator: " ")
        guard let index = words.firstIndex(where: { $0 == name }), index + 1 < words.count else { return nil }
        return Double(words[index + 1])
    }
}
