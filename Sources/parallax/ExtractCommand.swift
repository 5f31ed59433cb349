import ArgumentParser
import Foundation
import ParallaxCore

/// HTML pages in, one JSON line per page out: body, title, date with precision and rule, authors, outlet.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract article body and metadata from HTML pages as JSON Lines.")

    @Argument(help: "HTML files (.html, .htm, optionally .gz) or folders of them.")
    var inputs: [String]

    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        let settings = try settingsOptions.load()
        let (paths, fileErrors) = InputFiles.paths(inputs)
        var failures = fileErrors.count
        for error in fileErrors { printError(error.description) }
        let output = FileHandle.standardOutput
        try InputFiles.eachArticle(in: paths, limits: settings.ingest, onError: { printError($0.description); failures += 1 }) { raw in
            output.write(try ExtractionRecord(Extract.article(from: raw, settings: settings.extract)).jsonLine())
        }
        if failures > 0 { throw ExitCode(1) }
    }
}

/// The `extract` output line.
struct ExtractionRecord: Encodable {
    struct Published: Encodable {
        var value: String
        var precision: String
        var source: String?
        /// Other dates the page gives for a different day, with their sources: reported, not hidden.
        var conflicts: [String]?
    }
    var id: String
    var url: String?
    var title: String?
    var articleBody: String
    var published: Published?
    var authors: [String]
    var outlet: String?
    var language: String?
    var credits: [String]
    /// Why `articleBody` is empty, when it is.
    var reason: String?

    init(_ article: Article) {
        id = article.id
        url = article.url
        title = article.title
        articleBody = article.blocks.filter { $0.role == .body || $0.role == .heading }.map { article.text.slice($0.span) }.joined(separator: "\n\n")
        published = article.published.map { Published(value: $0.iso, precision: $0.precision.rawValue, source: article.publishedSource,
                                                     conflicts: article.publishedConflicts.isEmpty ? nil : article.publishedConflicts) }
        authors = article.authors
        outlet = article.outlet
        language = article.language
        credits = article.credits
        reason = article.emptyReason
    }
}
