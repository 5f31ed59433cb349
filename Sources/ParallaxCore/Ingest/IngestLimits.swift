/// Size limits that keep one bad input from exhausting memory or time (the ingest stage's settings).
public struct IngestLimits: Sendable, Codable {
    /// Largest article text or HTML page analysed; real articles are far smaller, and anything
    /// larger is a dump or an attack, reported rather than analysed.
    public var maxArticleBytes = 16 * 1024 * 1024
    /// Largest decompressed size of one `.gz` input (guards against gzip bombs).
    public var maxInflatedBytes = 512 * 1024 * 1024
    /// Share of control bytes (in the first 64 KiB) above which a file is taken as binary.
    public var maxControlByteShare = 0.02
    /// Bytes read to judge a file binary (its start says it), and to recognise HTML by its opening.
    public var binarySniffBytes = 65_536
    public var htmlSniffBytes = 1024

    public init() {}
    public static let standard = IngestLimits()
}
