#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes HTML that is not UTF-8 by the charset the page declares, through the C library's iconv.
/// Valid UTF-8 always wins over a declaration (pages often declare one charset and send another);
/// a declaration that fails, or none, falls back to windows-1252, which decodes any byte.
public enum Charset {
    /// How far into a page a `<meta charset>` is looked for (the HTML standard says 1024 bytes; be lenient).
    static let sniffLength = 4096
    static let fallback = "WINDOWS-1252"

    /// The charset a page declares in `<meta charset=…>` or `http-equiv` content, lower-cased.
    public static func declared(in bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(sniffLength), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        var name = head[range.upperBound...].drop(while: { $0 == "\"" || $0 == "'" || $0 == " " })
        name = name.prefix(while: { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" || $0 == "." })
        return name.isEmpty ? nil : String(name)
    }

    /// Bytes → String by `charset`; nil when iconv does not know it or the bytes are not in it.
    public static func decode(_ bytes: [UInt8], charset: String) -> String? {
        let converter = iconv_open("UTF-8", charset.uppercased())
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let capacity = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = capacity
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return nil }
                return capacity - outLeft
            }
        }
        guard let written else { return nil }
        return String(decoding: output[0..<written], as: UTF8.self)
    }

    /// UTF-8 if valid, else the declared charset, else windows-1252; and which was used.
    public static func decodeHTML(_ bytes: [UInt8]) -> (text: String, charset: String) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, "utf-8") }
        if let name = declared(in: bytes), name != "utf-8", name != "utf8", let text = decode(bytes, charset: name) {
            return (text, name)
        }
        return (decode(bytes, charset: fallback) ?? String(decoding: bytes, as: UTF8.self), fallback.lowercased())
    }
}
