/// Outlet names from addresses, and the key by which two spellings of an outlet are the same
/// ("The Moscow Times", "themoscowtimes.com", "Moscow Times").
public enum OutletNames {
    /// The registrable host of a URL, without `www.`: `themoscowtimes.com`.
    public static func domain(of url: String) -> String? {
        var rest = Substring(url.trimmingSpaces)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        let host = rest.prefix(while: { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }).lowercased()
        guard host.contains(".") else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// Letters and digits only, lower-cased, without a leading "the" and a trailing top-level domain:
    /// "The Moscow Times" → "moscowtimes", "themoscowtimes.com" → "moscowtimes", "RT.com" → "rt".
    public static func key(_ name: String) -> String {
        var lower = name.lowercased().trimmingSpaces
        if lower.hasPrefix("www.") { lower.removeFirst(4) }
        for suffix in [".com", ".org", ".net", ".co.uk", ".co", ".news", ".ru", ".in", ".uk", ".de", ".fr", ".io"] where lower.hasSuffix(suffix) {
            lower = String(lower.dropLast(suffix.count))
            break
        }
        var key = String(lower.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        if key.hasPrefix("the") && key.count > 5 { key = String(key.dropFirst(3)) }
        return key
    }
}
