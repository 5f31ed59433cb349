/// The 64-bit FNV-1a hash: small, fast and the same on every machine and run (Swift's own `Hasher`
/// is seeded per process), for ids that must be stable.
enum FNV1a {
    static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x100_0000_01b3

    static func hash(_ text: String, into hash: UInt64 = offset) -> UInt64 {
        FNV1a.hash(bytes: text.utf8, into: hash)
    }

    /// The same over UTF-8 bytes already at hand (a table read without making Strings).
    static func hash<Bytes: Sequence>(bytes: Bytes, into hash: UInt64 = offset) -> UInt64 where Bytes.Element == UInt8 {
        var hash = hash
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    /// The hash as 16 hex digits.
    static func hex(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
