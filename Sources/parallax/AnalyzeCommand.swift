import ArgumentParser
import Foundation
import ParallaxCore

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Compare how the articles in each folder tell their story; write report.html and report.json.")

    @Argument(help: "Files or folders of articles: .txt, .html/.htm (optionally .gz), .jsonl. A folder is one story.")
    var inputs: [String]

    @Option(name: .long, help: "Folder for report.html and report.json.")
    var out: String = "parallax-report"

    @Flag(name: .long, help: "Print no progress.")
    var quiet = false

    func run() throws {
        let (groups, fileErrors) = InputFiles.groups(inputs)
        var errors = fileErrors
        var stories: [Analysis.StoryInput] = []
        let total = groups.reduce(0) { $0 + $1.paths.count }
        var reading = Progress(total: quiet ? 0 : total, label: "reading")
        var done = 0
        for group in groups {
            var raws: [RawArticle] = []
            for path in group.paths {
                switch InputFiles.read(path) {
                case .success(let document):
                    let (articles, inputErrors) = Ingest.read(document)
                    raws += articles
                    errors += inputErrors
                case .failure(let error):
                    errors.append(error)
                }
                done += 1
                reading.update(done)
            }
            if !raws.isEmpty { stories.append(Analysis.StoryInput(id: group.id, articles: raws)) }
        }
        for error in errors { printError(error.description) }
        var analysing = Progress(total: quiet ? 0 : stories.reduce(0) { $0 + $1.articles.count }, label: "analysing")
        let attributionModel = try TaggerModel.load(nil)
        let report = Analysis.report(stories, errors: errors, attributionModel: attributionModel) { analysing.update($0) }

        let folder = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try JSONRenderer.render(report).write(to: folder.appendingPathComponent("report.json"))
        try Data(HTMLRenderer.render(report).utf8).write(to: folder.appendingPathComponent("report.html"))
        let articles = report.stories.reduce(0) { $0 + $1.articles.count }
        FileHandle.standardError.write(Data("wrote \(folder.path)/report.html and report.json: \(report.stories.count) stories, \(articles) articles, \(errors.count) inputs failed\n".utf8))
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
