/// The ingest stage: bytes of one input in, raw articles and per-input errors out.
public enum Ingest {
    public static func read(_ document: InputDocument, limits: IngestLimits = .standard) -> (articles: [RawArticle], errors: [InputError]) {
        let source = document.name
        var bytes = document.bytes
        func failure(_ message: String) -> ([RawArticle], [InputError]) {
            ([], [InputError(source: source, message: message)])
        }
        if Gzip.isGzip(bytes) {
            do { bytes = try Gzip.inflate(bytes, limit: limits.maxInflatedBytes) } catch { return failure("\(error)") }
        }
        let kind = ContentSniffer.kind(of: bytes, limits: limits)
        if kind == .empty { return failure("empty file") }
        if kind == .binary { return failure("binary file, not text, HTML or JSONL") }
        if kind != .jsonl && bytes.count > limits.maxArticleBytes {
            return failure("\(bytes.count / 1_048_576) MB is larger than the \(limits.maxArticleBytes / 1_048_576) MB an article may be")
        }
        let text: String
        switch TextDecoding.utf8(bytes) {
        case .success(let decoded):
            text = decoded
        case .failure(let message):
            // Web pages carry their charset; plain text and JSONL must be UTF-8.
            guard kind == .html else { return failure(message.text) }
            text = Charset.decodeHTML(bytes).text
        }
        switch kind {
        case .jsonl:
            return JSONLReader.read(text, source: source, limits: limits)
        case .html:
            return ([RawArticle(id: fileStem(source), source: source, format: .html, content: text)], [])
        default:
            return ([RawArticle(id: fileStem(source), source: source, format: .text, content: text)], [])
        }
    }
}
