/// Hashes for the tagger's features: words once per token (FNV-1a), features by mixing a template
/// number with the hashes of their values, so that no feature string is ever built. Stable across
/// runs and machines (the weights shipped in the repository depend on it).
enum FeatureHash {
    static func hash(_ text: String) -> UInt64 {
        var value: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100000001b3
        }
        return value
    }

    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var value = template &* 0x9E3779B97F4A7C15 ^ a
        value = (value ^ (value >> 31)) &* 0xBF58476D1CE4E5B9
        value ^= b &* 0x94D049BB133111EB
        value = (value ^ (value >> 29)) &* 0xBF58476D1CE4E5B9
        return value ^ (value >> 32)
    }
}
