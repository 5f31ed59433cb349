/// Decides what an input holds from its bytes, not its name: people save HTML as `.txt`,
/// JSONL as `.json`, and gzip with no `.gz`.
public enum ContentSniffer {
    public enum Kind: Equatable, Sendable {
        case empty, binary, jsonl, html, text
    }

    public static func kind(of bytes: [UInt8], limits: IngestLimits = .standard) -> Kind {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        if start >= bytes.count { return .empty }
        if looksBinary(bytes, limits: limits) { return .binary }
        if bytes[start] == UInt8(ascii: "{") { return .jsonl }
        if looksLikeHTML(bytes[start...], sniffBytes: limits.htmlSniffBytes) { return .html }
        return .text
    }

    /// NUL bytes, or more than a sliver of other control bytes, in the first 64 KiB.
    static func looksBinary(_ bytes: [UInt8], limits: IngestLimits) -> Bool {
        let sample = bytes.prefix(limits.binarySniffBytes)
        var controls = 0
        for byte in sample {
            if byte == 0 { return true }
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C { controls += 1 }
        }
        return Double(controls) > Double(sample.count) * limits.maxControlByteShare
    }

    /// Markup that only HTML pages open with, looked for near the start.
    static let htmlOpenings = ["<!doctype html", "<html", "<head", "<body", "<?xml", "<meta", "<!--"]

    static func looksLikeHTML(_ bytes: ArraySlice<UInt8>, sniffBytes: Int) -> Bool {
        let head = String(decoding: bytes.prefix(sniffBytes), as: UTF8.self).lowercased()
        if htmlOpenings.contains(where: { head.hasPrefix($0) }) { return true }
        // A fragment: starts with a tag and has closing tags of block elements early on.
        guard head.hasPrefix("<") else { return false }
        return ["</p>", "</div>", "</article>", "</h1>", "</title>"].contains(where: head.contains)
    }
}
