import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Holds the comparison against hand-written gold: each gold story's articles are picked out of the
/// data files by id, analysed as one story (as `analyze --one-story` does), and the report is checked
/// by the shared `check_story.py`. Sums the items found and the false items present over all stories.
struct EvalCompare: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Score the multi-outlet comparison against hand-written gold stories with the shared checker.")

    @Option(help: "Folder of <story>.gold.json files.")
    var goldDir = "eval/compare"

    @Option(help: "JSONL files holding the gold stories' articles (id, text, url, …); repeat for several.")
    var data: [String] = ["../shared/eval/clustering/giveme5w1h.dev.jsonl", "../shared/eval/clustering/basil.dev.jsonl"]

    @Option(help: "The shared checker.")
    var checker = "../shared/eval/compare/check_story.py"

    @Option(help: "Keep each story's report.json here (one folder per story) for reading item by item.")
    var keep: String?

    @Option(help: "Fail (exit 1) when the share of gold items found, over all stories, is below this.")
    var minRecall: Double?

    @Option(help: "Fail (exit 1) when more than this many false items (a gold 'not_' grouping) are present, over all stories.")
    var maxFalse: Int?

    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        let settings = try settingsOptions.load()
        let golds = InputFiles.files(under: goldDir).filter { $0.hasSuffix(".gold.json") }.sorted()
        guard !golds.isEmpty else { throw ValidationError("no .gold.json files in \(goldDir)") }
        // Every data row by id, as its own JSON line: the gold names articles by id only.
        var rows: [String: String] = [:]
        for path in data {
            var lines = try LineStream(path: path)
            while let line = lines.next() {
                guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                      let id = object["id"] as? String else { continue }
                rows[id] = String(line)
            }
        }
        let (grammar, attributionModel, _) = try TaggerModel.loadingErrors { try ShippedModels.forAnalysis(documentWords: nil) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-compare-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        var found = 0, items = 0, falseItems = 0, badSpans = 0
        for gold in golds {
            guard let data = FileManager.default.contents(atPath: gold),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
                throw ValidationError("\(gold): not a JSON object (see ../shared/eval/compare/README.md for the gold format)")
            }
            let ids = object["articles"] as? [String] ?? []
            let story = object["story"] as? String ?? URL(fileURLWithPath: gold).lastPathComponent
            let missing = ids.filter { rows[$0] == nil }
            guard missing.isEmpty else { throw ValidationError("\(gold): articles not in the data files: \(missing.joined(separator: ", "))") }
            let folder = keep.map { URL(fileURLWithPath: $0).appendingPathComponent(story) } ?? scratch.appendingPathComponent(story)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let input = folder.appendingPathComponent("articles.jsonl")
            try Data(ids.map { rows[$0]! + "\n" }.joined().utf8).write(to: input)
            let (raws, errors) = InputFiles.uniqueArticles(in: [input.path], limits: settings.ingest)
            for error in errors { printError(error.description) }
            let report = Analysis.report([Analysis.StoryInput(id: story, articles: raws)], attributionModel: attributionModel, grammar: grammar,
                                         settings: settings)
            let reportFile = folder.appendingPathComponent("report.json")
            try JSONRenderer.render(report).write(to: reportFile)
            // The checker exits 1 below its own bar; its last line carries the figures either way.
            let lines = try Scorer.output(script: checker, arguments: [gold, reportFile.path, input.path], acceptingStatus: [0, 1])
            for line in lines { print(line) }
            guard let last = lines.last, let counts = Self.counts(last) else { throw ValidationError("\(checker) printed no story-gold line") }
            found += counts.found
            items += counts.items
            falseItems += counts.falseItems
            if last.contains("spans BAD") { badSpans += 1 }
        }
        let recall = items == 0 ? 0 : Double(found) / Double(items)
        print(String(format: "compare: recall %.3f (%d/%d items) false %d stories %d spans-bad %d", recall, found, items, falseItems, golds.count, badSpans))
        if badSpans > 0 { throw ValidationError("\(badSpans) stories have spans that do not slice their text") }
        if let minRecall, recall < minRecall { throw ValidationError("recall \(recall) is below the floor \(minRecall)") }
        if let maxFalse, falseItems > maxFalse { throw ValidationError("\(falseItems) false items, more than \(maxFalse)") }
    }

    /// "story-gold s: K/N items, F/M false items, spans ok" → (K, N, F).
    static func counts(_ line: String) -> (found: Int, items: Int, falseItems: Int)? {
        let pattern = /: (\d+)\/(\d+) items, (\d+)\/\d+ false items/
        guard let match = line.firstMatch(of: pattern), let k = Int(match.1), let n = Int(match.2), let f = Int(match.3) else { return nil }
        return (k, n, f)
    }
}
