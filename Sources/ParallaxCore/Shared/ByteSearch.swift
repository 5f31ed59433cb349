/// Substring search on UTF-8 bytes. Foundation's `contains`/`range(of:)` bridge every call through
/// NSString; the plain-text reader asks several phrases of every line.
enum ByteSearch {
    /// Where `needle` first starts in `haystack`, in bytes.
    static func firstOffset(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = 0
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
