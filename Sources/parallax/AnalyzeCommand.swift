import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Group the articles into stories and compare how each outlet tells each one; write report.html and report.json.")

    @Argument(help: "Files or folders of articles: .txt, .html/.htm (optionally .gz), .jsonl. The articles are grouped into stories, each reported on its own.")
    var inputs: [String]

    @Option(name: .long, help: "Folder for report.html and report.json.")
    var out: String = "parallax-report"

    @Flag(name: .long, help: "Print no progress.")
    var quiet = false

    @Flag(name: .long, help: "The inputs are one story already gathered (a fact-checker's folder): compare them all as one, without grouping them into stories.")
    var oneStory = false

    @OptionGroup var settingsOptions: SettingsOptions

    @OptionGroup var backgroundOption: BackgroundOption

    func run() throws {
        let settings = try settingsOptions.load()
        let (paths, fileErrors) = InputFiles.paths(inputs)
        var reading = Progress(total: quiet ? 0 : paths.count, label: "reading")
        var done = 0
        let (raws, readErrors) = InputFiles.uniqueArticles(in: paths, limits: settings.ingest) {
            done += 1
            reading.update(done)
        }
        let errors = fileErrors + readErrors
        for error in errors { printError(error.description) }
        var analysing = Progress(total: quiet ? 0 : raws.count, label: "analysing")
        let (grammar, attributionModel, prior) = try TaggerModel.loadingErrors {
            try ShippedModels.forAnalysis(documentWords: backgroundOption.background ? settings.stories.backgroundDocumentWords : nil)
        }
        let report = oneStory
            ? Analysis.report(raws.isEmpty ? [] : [Analysis.StoryInput(id: "story", articles: raws)], errors: errors, attributionModel: attributionModel, grammar: grammar,
                              settings: settings) { analysing.update($0) }
            : Analysis.clusteredReport(raws, errors: errors, attributionModel: attributionModel, grammar: grammar, background: prior,
                                       settings: settings) { analysing.update($0) }

        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONRenderer.render(report).write(to: folder.appendingPathComponent("report.json"))
        try Data(HTMLRenderer.render(report).utf8).write(to: folder.appendingPathComponent("report.html"))
        let articles = report.stories.reduce(0) { $0 + $1.articles.count }
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) \(number == 1 ? one : many)" }
        let subjects = !report.coverages.isEmpty && report.coverages.count < report.stories.count ? " on \(count(report.coverages.count, "subject", "subjects"))" : ""
        let summary = "\(count(report.stories.count, "story", "stories"))\(subjects), \(count(articles, "article", "articles")), "
            + "\(count(errors.count, "input", "inputs")) failed"
        FileHandle.standardError.write(Data("wrote \(folder.path)/report.html and report.json: \(summary)\n".utf8))
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
