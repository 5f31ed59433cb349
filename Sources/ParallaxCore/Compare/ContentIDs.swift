/// Ids for a story's facts, quote groups, entities and conflicts, made from what they hold (the
/// article ids and spans they cite), not from where they fall in a list: the same input gives the
/// same ids, so a page or an API can link to an item and the link still holds after a re-run.
enum ContentIDs {
    /// Characters of the hash kept: 48 bits, plenty within one story.
    static let length = 12

    /// `prefix` and the hash of `parts` taken as a set (the order an item lists its spans in does not
    /// change its id); a second item with the same content gets "-2", "-3" ….
    static func ids(prefix: String, _ contents: [[String]]) -> [String] {
        var used: [String: Int] = [:]
        return contents.map { parts in
            var hash = FNV1a.offset
            for part in parts.sorted() { hash = FNV1a.hash(part + "\u{1F}", into: hash) }
            let base = prefix + FNV1a.hex(hash).prefix(length)
            used[base, default: 0] += 1
            return used[base]! == 1 ? base : "\(base)-\(used[base]!)"
        }
    }

    static func parts(_ refs: [SpanRef]) -> [String] { refs.map { "\($0.article)@\($0.span.start)-\($0.span.end)" } }
    static func parts(_ refs: [TextRef]) -> [String] { refs.map { "\($0.article)@\($0.span.start)-\($0.span.end)" } }
}
