/// A multi-class averaged perceptron whose weights live in one hashed table of rows: a feature hashes
/// to a row, and the row holds its weight for every class side by side, so scoring a feature reads
/// one or two cache lines, not one scattered line per class (which made scoring most of parsing).
/// No feature dictionary, so memory is fixed whatever the vocabulary. Trained weights are averaged
/// (the average over every update step, kept lazily), then quantised to 16 bits for shipping.
public struct HashedPerceptron: Sendable {
    public let classes: Int
    /// Rows minus one (rows are a power of two).
    let mask: Int
    var weights: [Float]
    /// A loaded model's weights as shipped, 16-bit integers of one `scale`: half the memory of floats,
    /// so more of the table stays in cache. Empty while training.
    var packed: [Int16] = []
    var scale: Float = 1

    /// `bits`: log2 of the rows.
    public init(classes: Int, bits: Int) {
        self.classes = classes
        mask = (1 << bits) - 1
        weights = [Float](repeating: 0, count: classes << bits)
    }

    /// Whether both hold the same storage for their weights (one model shared, not two equal ones).
    func isSameTable(as other: HashedPerceptron) -> Bool {
        func same<T>(_ a: [T], _ b: [T]) -> Bool {
            a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in x.baseAddress == y.baseAddress && x.count == y.count } }
        }
        return same(weights, other.weights) && same(packed, other.packed)
    }

    @inline(__always)
    func row(_ feature: UInt64) -> Int {
        (Int(truncatingIfNeeded: FeatureHash.mix(0x5EED, feature)) & mask) * classes
    }

    @inline(__always)
    func slot(_ feature: UInt64, _ label: Int) -> Int { row(feature) + label }

    /// The score of every class.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        let classes = classes
        scores.withUnsafeMutableBufferPointer { scores in
            for label in 0..<classes { scores[label] = 0 }
            if !packed.isEmpty {
                // Sums of a few hundred 16-bit integers are exact in Float, so they rank the classes as
                // the real sums of the quantised weights do; the scale is applied once at the end.
                packed.withUnsafeBufferPointer { weights in
                    for feature in features {
                        let base = row(feature)
                        for label in 0..<classes { scores[label] += Float(weights[base + label]) }
                    }
                }
                for label in 0..<classes { scores[label] *= scale }
            } else {
                weights.withUnsafeBufferPointer { weights in
                    for feature in features {
                        let base = row(feature)
                        for label in 0..<classes { scores[label] += weights[base + label] }
                    }
                }
            }
        }
    }

    /// The best class among those `allowed` says may be taken (lowest class on a tie).
    func best(_ features: [UInt64], scratch: inout [Float], allowed: (Int) -> Bool = { _ in true }) -> Int {
        scores(features, into: &scratch)
        var best = -1
        for label in 0..<classes where allowed(label) && (best < 0 || scratch[label] > scratch[best]) { best = label }
        return max(best, 0)
    }

    /// Bytes: class count, row bits, a scale, then every weight as a 16-bit integer (little-endian).
    func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { bytes.appendLittleEndian(value) }
        append(UInt32(classes))
        append(UInt32(mask.nonzeroBitCount))
        if weights.isEmpty {
            // A loaded model: its weights are the shipped integers already.
            append(scale.bitPattern)
            for weight in packed { bytes.appendLittleEndian(weight) }
            return bytes
        }
        let scale = QuantisedWeights.scale(weights)
        append(scale.bitPattern)
        QuantisedWeights.append(weights, scale: scale, to: &bytes)
        return bytes
    }

    /// Reads what `serialized` wrote, moving the reader past it.
    init(reader: inout ByteReader) throws {
        classes = Int(try reader.read(UInt32.self))
        let bits = Int(try reader.read(UInt32.self))
        guard classes > 0, bits > 0, bits < 31 else { throw GrammarModel.ModelError(description: "grammar model has a bad header") }
        let scale = Float(bitPattern: try reader.read(UInt32.self))
        mask = (1 << bits) - 1
        let bytes = reader.bytes, offset = reader.offset
        let count = classes << bits
        guard offset + count * 2 <= bytes.count else { throw GrammarModel.ModelError(description: "grammar model is truncated") }
        // One copy of the little-endian 16-bit integers: this runs at every start.
        var raw = [Int16](repeating: 0, count: count)
        raw.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + count * 2)]))
            }
        }
        // The file is little-endian, as every machine Swift runs on here is; convert only on a big-endian one.
        packed = 1.littleEndian == 1 ? raw : raw.map { Int16(littleEndian: $0) }
        self.scale = scale
        weights = []
        reader.offset += packed.count * 2
    }
}

/// The perceptron while it learns: current weights, and for averaging each slot's running total and
/// the step it was last brought up to date.
struct PerceptronTrainer {
    var model: HashedPerceptron
    var totals: [Double]
    var stamps: [Int32]
    var step: Int32 = 0

    init(classes: Int, bits: Int) {
        model = HashedPerceptron(classes: classes, bits: bits)
        totals = [Double](repeating: 0, count: classes << bits)
        stamps = [Int32](repeating: 0, count: classes << bits)
    }

    /// One example seen (whether or not it was wrong): advances the averaging clock.
    mutating func tick() { step += 1 }

    /// Moves the weights towards `truth` and away from `guess` on these features.
    mutating func update(_ features: [UInt64], truth: Int, guess: Int) {
        guard truth != guess else { return }
        for feature in features {
            add(model.slot(feature, truth), 1)
            add(model.slot(feature, guess), -1)
        }
    }

    mutating func add(_ slot: Int, _ delta: Float) {
        totals[slot] += Double(step - stamps[slot]) * Double(model.weights[slot])
        stamps[slot] = step
        model.weights[slot] += delta
    }

    /// The averaged model.
    func averaged() -> HashedPerceptron {
        var result = model
        let steps = Double(max(step, 1))
        for slot in result.weights.indices {
            let total = totals[slot] + Double(step - stamps[slot]) * Double(model.weights[slot])
            result.weights[slot] = Float(total / steps)
        }
        return result
    }
}
