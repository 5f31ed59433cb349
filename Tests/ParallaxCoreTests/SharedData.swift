import Foundation
import ParallaxCore

/// Reads the project's shared data (`../shared` beside the repository).
enum SharedData {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    static func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    static func document(_ path: String) throws -> InputDocument {
        let url = url(path)
        return InputDocument(name: url.path, bytes: [UInt8](try Data(contentsOf: url)))
    }

    static func seedPaths() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: url("corpus/seeds").path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { "corpus/seeds/" + $0 }
    }

    static func seedArticles() throws -> [RawArticle] {
        try seedPaths().flatMap { Ingest.read(try document($0)).articles }
    }

    /// The seeds' report, written to JSON and read back, as other tools see it.
    static func seedReport() throws -> Report {
        let report = Analysis.report([Analysis.StoryInput(id: "seeds", articles: try seedArticles())])
        return try JSONDecoder().decode(Report.self, from: try JSONRenderer.render(report))
    }

    static func seedArticle(_ prefix: String) throws -> Article {
        let raw = try seedArticles().first { $0.id.hasPrefix(prefix) }!
        return Extract.article(from: raw)
    }
}

extension StoryReport {
    func text(of article: String) -> [Unicode.Scalar] {
        Array(articles.first { $0.id == article }!.text.unicodeScalars)
    }

    func slice(_ article: String, _ span: Span) -> String? {
        let scalars = text(of: article)
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }

    func outletID(_ prefix: String) -> String { articles.first { $0.id.hasPrefix(prefix) }!.id }
}
