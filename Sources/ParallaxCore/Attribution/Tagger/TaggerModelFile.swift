/// The tagger's weights as bytes: a magic line, the bucket and label counts, the cue-word hashes,
/// then every weight as a 16-bit integer times one scale (little-endian). Quantising keeps the
/// shipped model under 4 MB; the loss is below the perceptron's own noise.
extension AttributionTagger {
    static let magic = Array("parallax-attribution-tagger 1\n".utf8)

    public struct ModelError: Error, CustomStringConvertible {
        public var description: String
    }

    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        func append<T: FixedWidthInteger>(_ value: T) { bytes.appendLittleEndian(value) }
        append(UInt32(buckets))
        append(UInt32(Self.labelCount))
        // A loaded model keeps only its 16-bit rows: its float weights are those rows times the scale.
        let loaded = weights.isEmpty
        let weights = loaded ? packed.flatMap { row in (0..<Self.labelCount).map { Float(row[$0]) * loadedScale } } : weights
        let scale = loaded ? loadedScale : QuantisedWeights.scale(weights)
        append(scale.bitPattern)
        append(UInt32(cueWords.count))
        for hash in cueWords.sorted() { append(hash) }
        QuantisedWeights.append(weights, scale: scale, to: &bytes)
        return bytes
    }

    public init(serialized bytes: [UInt8]) throws {
        guard bytes.count > Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else { throw ModelError(description: "not a Parallax attribution model") }
        var reader = ByteReader(bytes: bytes, offset: Self.magic.count, what: "attribution model")
        func read<T: FixedWidthInteger>(_ type: T.Type) throws -> T { try reader.read(type) }
        let buckets = Int(try read(UInt32.self))
        let labels = Int(try read(UInt32.self))
        guard labels == Self.labelCount, buckets > 0 else { throw ModelError(description: "attribution model has other labels") }
        let scale = Float(bitPattern: try read(UInt32.self))
        let cueCount = Int(try read(UInt32.self))
        var cues = Set<UInt64>()
        for _ in 0..<cueCount { cues.insert(try read(UInt64.self)) }
        let offset = reader.offset
        guard bytes.count - offset == buckets * labels * 2 else { throw ModelError(description: "attribution model is truncated") }
        var packed = [SIMD8<Int16>](repeating: SIMD8(), count: buckets)
        // Through raw buffers: bounds-checked element access made loading a tenth of `analyze` on small inputs.
        bytes.withUnsafeBufferPointer { source in
            packed.withUnsafeMutableBufferPointer { packed in
                for bucket in 0..<buckets {
                    var row = SIMD8<Int16>()
                    for label in 0..<labels {
                        let at = offset + 2 * (bucket * labels + label)
                        row[label] = Int16(bitPattern: UInt16(source[at]) | UInt16(source[at + 1]) << 8)
                    }
                    packed[bucket] = row
                }
            }
        }
        self.init(buckets: buckets, weights: [], cueWords: cues)
        self.packed = packed
        loadedScale = scale
    }
}
