import Foundation

/// Reads JSONL with one article a line: `id`, `title`, `text` or `html`, `url`, `outlet`, `published`.
/// A bad line is an error naming the file and line; the other lines go on.
public enum JSONLReader {
    public static func read(_ text: String, source: String, limits: IngestLimits = .standard) -> (articles: [RawArticle], errors: [InputError]) {
        var articles: [RawArticle] = []
        var errors: [InputError] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            switch article(line: line, number: lineNumber, source: source, limits: limits) {
            case .success(let article?): articles.append(article)
            case .success(nil): continue
            case .failure(let error): errors.append(error)
            }
        }
        return (articles, errors)
    }
}

extension JSONLReader {
    /// One line of a JSONL file: an article, nothing (a blank line), or an error naming file and line.
    public static func article(line: Substring, number lineNumber: Int, source: String,
                               limits: IngestLimits = .standard) -> Result<RawArticle?, InputError> {
        let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .success(nil) }
        let where_ = "\(source):\(lineNumber)"
        guard trimmed.utf8.count <= limits.maxArticleBytes else {
            return .failure(InputError(source: where_, message: "line longer than \(limits.maxArticleBytes / 1_048_576) MB"))
        }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(trimmed.utf8), options: [.fragmentsAllowed])) as? [String: Any] else {
            return .failure(InputError(source: where_, message: "not a JSON object"))
        }
        func string(_ key: String) -> String? {
            switch object[key] {
            case let value as String: value.isEmpty ? nil : value
            case let value as NSNumber: value.stringValue
            default: nil
            }
        }
        let content: String
        let format: ContentFormat
        if let html = string("html") {
            content = html
            format = .html
        } else if let text = string("text") ?? string("articleBody") ?? string("body") {
            content = text
            format = .text
        } else if let title = string("title") {
            // Title-only feeds (headline aggregators) are still articles.
            content = title
            format = .text
        } else {
            return .failure(InputError(source: where_, message: "no text, html or title field"))
        }
        return .success(RawArticle(
            id: string("id") ?? "\(fileStem(source))-\(lineNumber)",
            source: where_, format: format, content: content,
            title: string("title"), url: string("url"), outlet: string("outlet") ?? string("source_domain"),
            published: string("published") ?? string("date_publish")))
    }
}

/// A file's name without folders and without the extensions Parallax reads.
public func fileStem(_ path: String) -> String {
    var name = path.split(separator: "/").last.map(String.init) ?? path
    for suffix in [".gz", ".jsonl", ".json", ".html", ".htm", ".txt"] where name.lowercased().hasSuffix(suffix) {
        name = String(name.dropLast(suffix.count))
    }
    return name
}
