/// Size limits that keep one bad input from exhausting memory or time.
public enum IngestLimits {
    /// Largest article text or HTML page analysed; real articles are far smaller, and anything
    /// larger is a dump or an attack, reported rather than analysed.
    public static let maxArticleBytes = 16 * 1024 * 1024
    /// Largest decompressed size of one `.gz` input (guards against gzip bombs).
    public static let maxInflatedBytes = 512 * 1024 * 1024
    /// Share of control bytes above which a file is taken as binary.
    public static let maxControlByteShare = 0.02
}
