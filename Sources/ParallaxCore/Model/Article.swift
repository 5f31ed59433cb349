/// What one block (a line or paragraph) of an article is, as the extract stage judged it.
public enum BlockRole: String, Codable, Sendable {
    case body, heading, title, dateline, byline, caption, navigation, promo, related, link, credit
}

public struct Block: Sendable, Codable, Hashable {
    public var role: BlockRole
    public var span: Span
}

/// An article after ingest and extraction: the text every span points into, its metadata,
/// and which parts of it are the story's body.
public struct Article: Sendable, Codable {
    public var id: String
    /// Where it came from (a path, or a path and JSONL line number): named in every error.
    public var source: String
    public var text: ScalarText
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: PartialDate?
    /// The rules that found the date: the one chosen, then any that added precision to it.
    public var publishedSources: [DateSource] = []
    /// Those rules as `extract` writes them: `json-ld`, or `json-ld+meta` when the meta tag gave the time.
    public var publishedSource: String? { publishedSources.isEmpty ? nil : publishedSources.map(\.rawValue).joined(separator: "+") }
    public var authors: [String]
    public var language: String?
    /// Agencies the page credits ("Reuters", "AP"), kept apart from its authors.
    public var credits: [String] = []
    /// Publication dates other sources on the page give for a different day: `value (source)`.
    public var publishedConflicts: [String] = []
    /// Why the body is empty, when it is.
    public var emptyReason: String?
    public var blocks: [Block]

    public init(id: String, source: String, text: String, title: String? = nil, outlet: String? = nil,
                url: String? = nil, published: PartialDate? = nil, authors: [String] = [], blocks: [Block] = []) {
        self.id = id
        self.source = source
        self.text = ScalarText(text)
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.publishedSources = published == nil ? [] : [.input]
        self.authors = authors
        self.blocks = blocks
    }

    public var bodyBlocks: [Block] { blocks.filter { $0.role == .body } }
}
