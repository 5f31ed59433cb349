/// Turns bytes into a String without silently replacing anything: invalid UTF-8 is an error
/// that says where, so no text is changed behind the user's back.
public enum TextDecoding {
    public static func utf8(_ bytes: [UInt8]) -> Result<String, InputError.Message> {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        // The standard library's validation is fast; find the offset only for an error.
        if let valid = String(validating: body, as: UTF8.self) { return .success(valid) }
        if let offset = firstInvalidUTF8(body) {
            return .failure(.init("invalid UTF-8 at byte \(offset + (bytes.count - body.count))"))
        }
        return .success(String(decoding: body, as: UTF8.self))
    }

    /// The offset of the first byte that does not begin or continue a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = 0
        // UTF8 decoding tells us that a sequence failed, not where; track the offset by re-encoding.
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
            case .emptyInput:
                return nil
            case .error:
                return consumed
            }
        }
    }
}

extension InputError {
    /// A message waiting for the input's name.
    public struct Message: Error, Sendable {
        public var text: String
        public init(_ text: String) { self.text = text }
    }
}
