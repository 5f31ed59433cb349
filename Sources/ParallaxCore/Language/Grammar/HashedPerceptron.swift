/// A multi-class averaged perceptron whose weights live in one hashed table: a feature's weight for a
/// class is at the hash of (feature, class). No feature dictionary, so memory is fixed whatever the
/// vocabulary, and scoring a class is one lookup per feature. Trained weights are averaged (the
/// average over every update step, kept lazily), then quantised to 16 bits for shipping.
public struct HashedPerceptron: Sendable {
    public let classes: Int
    let mask: Int
    var weights: [Float]

    public init(classes: Int, bits: Int) {
        self.classes = classes
        mask = (1 << bits) - 1
        weights = [Float](repeating: 0, count: 1 << bits)
    }

    @inline(__always)
    func slot(_ feature: UInt64, _ label: Int) -> Int {
        Int(truncatingIfNeeded: FeatureHash.mix(0x5EED, feature, UInt64(label) &+ 1)) & mask
    }

    /// The score of every class.
    func scores(_ features: [UInt64], into scores: inout [Float]) {
        for label in 0..<classes {
            var total: Float = 0
            for feature in features { total += weights[slot(feature, label)] }
            scores[label] = total
        }
    }

    /// The best class among those `allowed` says may be taken (lowest class on a tie).
    func best(_ features: [UInt64], scratch: inout [Float], allowed: (Int) -> Bool = { _ in true }) -> Int {
        scores(features, into: &scratch)
        var best = -1
        for label in 0..<classes where allowed(label) && (best < 0 || scratch[label] > scratch[best]) { best = label }
        return max(best, 0)
    }

    /// Bytes: class count, bit count, a scale, then every weight as a 16-bit integer (little-endian).
    func serialized() -> [UInt8] {
        var bytes: [UInt8] = []
        func append<T: FixedWidthInteger>(_ value: T) { bytes.appendLittleEndian(value) }
        append(UInt32(classes))
        append(UInt32(mask.nonzeroBitCount))
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
        guard offset + (1 << bits) * 2 <= bytes.count else { throw GrammarModel.ModelError(description: "grammar model is truncated") }
        // One copy of the little-endian 16-bit integers, then one pass to floats: this runs at every start.
        var raw = [Int16](repeating: 0, count: 1 << bits)
        raw.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + (1 << bits) * 2)]))
            }
        }
        weights = raw.map { Float(Int16(littleEndian: $0)) * scale }
        reader.offset += weights.count * 2
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
        totals = [Double](repeating: 0, count: 1 << bits)
        stamps = [Int32](repeating: 0, count: 1 << bits)
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
