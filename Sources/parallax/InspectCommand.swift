import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// Shows how Parallax reads one article: blocks, sentences, names, dates, numbers, quotes, credits.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "inspect", abstract: "Show how one article is read, stage by stage.")

    @Argument(help: "An article file (text, HTML or JSONL).") var input: String

    @OptionGroup var settingsOptions: SettingsOptions

    func run() throws {
        let settings = try settingsOptions.load()
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: input)))
        let (raws, errors) = Ingest.read(InputDocument(name: input, bytes: bytes), limits: settings.ingest)
        for error in errors { FileHandle.standardError.write(Data("error: \(error)\n".utf8)) }
        let breaker = TextBreaker()
        let grammar = try ShippedModels.grammar()
        for raw in raws {
            let article = Extract.article(from: raw, settings: settings.extract)
            print("# \(article.id)  outlet=\(article.outlet ?? "-") url=\(article.url ?? "-") published=\(article.published?.iso ?? "-") title=\(article.title ?? "-") authors=\(article.authors)")
            for block in article.blocks where block.role != .body {
                print("  [\(block.role.rawValue)] \(article.text.slice(block.span))")
            }
            let model = TextModel(article.text, breaker: breaker)
            let language = Language.analyse(article, model: model, breaker: breaker, settings: settings.language, grammar: grammar)
            for sentence in language.sentences { print("  S\(sentence.paragraph): \(article.text.slice(sentence.span))") }
            print("  names: " + language.names.map { "\($0.text)/\($0.kind.rawValue)" + ($0.roleText.map { "[\($0)]" } ?? "") }.joined(separator: ", "))
            print("  dates: " + language.dates.map { "\($0.text)=\($0.date?.iso ?? "?")" }.joined(separator: ", "))
            print("  numbers: " + language.numbers.map { "\($0.text)=\($0.value)\($0.unit.map { " " + $0 } ?? "")\($0.days.map { " (\($0) d)" } ?? "")\($0.bound == .exact ? "" : " " + $0.bound.rawValue)" }.joined(separator: ", "))
            let attribution = AttributionFinder.analyse(article, model: model, language: language, settings: settings.attribution)
            for quote in attribution.quotes {
                print("  Q [\(quote.speaker ?? "?") via \(quote.sourceText ?? "-")] \(quote.text)")
            }
            for credit in attribution.credits { print("  C \(credit.credited)  <- \(article.text.slice(credit.span))") }
        }
    }
}
