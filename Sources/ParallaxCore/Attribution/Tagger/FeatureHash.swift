/// Hashes for the tagger's features: words once per token (`FNV1a.hash`), features by mixing a
/// template number with the hashes of their values, so that no feature string is ever built. Stable
/// across runs and machines (the weights shipped in the repository depend on it).
enum FeatureHash {
    @inline(__always)
    static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) -> UInt64 {
        var value = template &* 0x9E3779B97F4A7C15 ^ a
        value = (value ^ (value >> 31)) &* 0xBF58476D1CE4E5B9
        value ^= b &* 0x94D049BB133111EB
        value = (value ^ (value >> 29)) &* 0xBF58476D1CE4E5B9
        return value ^ (value >> 32)
    }
}
