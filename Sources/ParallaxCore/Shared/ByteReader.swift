/// Little-endian integers read from and written to a model file's bytes.
struct ByteReader {
    let bytes: [UInt8]
    var offset: Int
    /// What the bytes are ("grammar model"), for the error.
    let what: String

    struct Truncated: Error, CustomStringConvertible {
        var description: String
    }

    mutating func read<T: FixedWidthInteger>(_: T.Type) throws -> T {
        let size = MemoryLayout<T>.size
        guard offset + size <= bytes.count else { throw Truncated(description: "\(what) is truncated") }
        var value: T = 0
        for index in 0..<size { value |= T(bytes[offset + index]) << (8 * index) }
        offset += size
        return value
    }
}

extension Array where Element == UInt8 {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

/// Weights stored as 16-bit integers times one scale: the shipped models' format.
enum QuantisedWeights {
    /// The scale that maps the largest weight to Int16.max (1 when every weight is 0).
    static func scale(_ weights: [Float]) -> Float {
        let largest = weights.map(abs).max() ?? 0
        return largest > 0 ? largest / Float(Int16.max) : 1
    }

    static func append(_ weights: [Float], scale: Float, to bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + weights.count * 2)
        for weight in weights { bytes.appendLittleEndian(Int16((weight / scale).rounded())) }
    }
}
