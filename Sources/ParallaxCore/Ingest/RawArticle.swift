/// One input file's bytes as the shell read them; the core never touches the file system.
public struct InputDocument: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }
}

/// The content format of an article before extraction.
public enum ContentFormat: String, Sendable {
    case text, html
}

/// An article as it came in: decoded text or HTML, and whatever metadata the container gave.
public struct RawArticle: Sendable {
    public var id: String
    public var source: String
    public var format: ContentFormat
    public var content: String
    public var title: String?
    public var url: String?
    public var outlet: String?
    public var published: String?

    public init(id: String, source: String, format: ContentFormat, content: String, title: String? = nil,
                url: String? = nil, outlet: String? = nil, published: String? = nil) {
        self.id = id
        self.source = source
        self.format = format
        self.content = content
        self.title = title
        self.url = url
        self.outlet = outlet
        self.published = published
    }
}

/// A problem with one input, reported as a single line that names it; the batch goes on.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var source: String
    public var message: String
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }
    public var description: String { "\(source): \(message)" }
}
