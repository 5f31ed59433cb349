/// An averaged-perceptron tagger that labels each token as the start or inside of an attribution's
/// source, cue or content, or none (BIO), left to right with the two previous tags as features.
/// Features are hashed into a fixed number of buckets, so the model is one array of weights plus
/// the cue-word list it was trained with. Trained by `parallax train attribution`.
public struct AttributionTagger: Sendable {
    public enum Label: Int, CaseIterable, Sendable {
        case outside, beginSource, insideSource, beginCue, insideCue, beginContent, insideContent
        var role: Role? {
            switch self {
            case .outside: nil
            case .beginSource, .insideSource: .source
            case .beginCue, .insideCue: .cue
            case .beginContent, .insideContent: .content
            }
        }
        var isInside: Bool { self == .insideSource || self == .insideCue || self == .insideContent }
        var begin: Label {
            switch self {
            case .insideSource: .beginSource
            case .insideCue: .beginCue
            case .insideContent: .beginContent
            default: self
            }
        }
    }
    public enum Role: Sendable { case source, cue, content }

    static let labelCount = Label.allCases.count
    public static let defaultBuckets = 1 << 18

    let buckets: Int
    /// weights[bucket * labelCount + label]
    var weights: [Float]
    /// Hashes of words that are often cues in the training data.
    var cueWords: Set<UInt64>
    /// The weights as loaded from a model file: one 16-byte row of 16-bit integers per bucket (seven
    /// labels and a pad), so that a feature costs one cache line, not two, when tagging. Empty while training.
    var packed: [SIMD8<Int16>] = []
    /// The scale of a loaded model's 16-bit weights (its float weights are not kept).
    var loadedScale: Float = 1

    init(buckets: Int, weights: [Float], cueWords: Set<UInt64>) {
        self.buckets = buckets
        self.weights = weights
        self.cueWords = cueWords
    }

    /// An inside tag continues a span of its role: it may follow only the begin or inside tag of the same role.
    static func allowed(_ label: Label, after previous: Label) -> Bool {
        guard label.isInside else { return true }
        return previous.role == label.role
    }

    /// Bucket counts are powers of two, so a mask picks the bucket.
    func bucket(_ feature: UInt64) -> Int { Int(feature & UInt64(buckets - 1)) }

    /// Previous-tag features, which the decoder adds to a token's static ones.
    static func dynamicFeatures(previous: Label, beforePrevious: Label, word: UInt64) -> [UInt64] {
        [FeatureHash.mix(40, UInt64(previous.rawValue)),
         FeatureHash.mix(41, UInt64(previous.rawValue), UInt64(beforePrevious.rawValue)),
         FeatureHash.mix(42, UInt64(previous.rawValue), word)]
    }

    /// Each label's score for one token: from the packed 16-bit rows of a loaded model (the scale is
    /// common to all weights, so integer sums rank alike), else from the float weights being trained.
    func scores(_ features: ArraySlice<UInt64>, _ extra: ArraySlice<UInt64>, _ dynamic: [UInt64]) -> SIMD8<Float> {
        if !packed.isEmpty {
            var sum = SIMD8<Int32>()
            packed.withUnsafeBufferPointer { rows in
                for feature in features { sum &+= SIMD8<Int32>(truncatingIfNeeded: rows[bucket(feature)]) }
                for feature in extra { sum &+= SIMD8<Int32>(truncatingIfNeeded: rows[bucket(feature)]) }
                for feature in dynamic { sum &+= SIMD8<Int32>(truncatingIfNeeded: rows[bucket(feature)]) }
            }
            return SIMD8<Float>(sum)
        }
        var scores = SIMD8<Float>()
        weights.withUnsafeBufferPointer { weights in
            func add(_ feature: UInt64) {
                let base = bucket(feature) * Self.labelCount
                for label in 0..<Self.labelCount { scores[label] += weights[base + label] }
            }
            for feature in features { add(feature) }
            for feature in extra { add(feature) }
            for feature in dynamic { add(feature) }
        }
        return scores
    }

    static func best(_ scores: SIMD8<Float>, after previous: Label) -> Label {
        var best = Label.outside
        var bestScore = -Float.infinity
        for label in Label.allCases where allowed(label, after: previous) && scores[label.rawValue] > bestScore {
            best = label
            bestScore = scores[label.rawValue]
        }
        return best
    }

    /// Labels for every token, greedily left to right, from the token features and, for a second
    /// pass, features of the first pass's labels.
    func tag(_ tokens: [TaggerToken], features: TaggerFeatures.Table, extra: TaggerFeatures.Table? = nil) -> [Label] {
        var labels: [Label] = []
        labels.reserveCapacity(tokens.count)
        for index in tokens.indices {
            let previous = labels.last ?? .outside
            let beforePrevious = labels.count >= 2 ? labels[labels.count - 2] : .outside
            let dynamic = Self.dynamicFeatures(previous: previous, beforePrevious: beforePrevious, word: tokens[index].wordHash)
            labels.append(Self.best(scores(features[index], extra?[index] ?? [], dynamic), after: previous))
        }
        return labels
    }
}

extension AttributionTagger {
    /// One training article: its tokens and their gold labels.
    public struct Example: Sendable {
        var tokens: [TaggerToken]
        var labels: [Label]
    }

    /// Words that are cues at least `minShare` of the times they occur, and at least `minCount` times.
    static func cueWords(from examples: [Example], minCount: Int = 5, minShare: Double = 0.2) -> Set<UInt64> {
        var asCue: [UInt64: Int] = [:]
        var all: [UInt64: Int] = [:]
        for example in examples {
            for (token, label) in zip(example.tokens, example.labels) {
                all[token.wordHash, default: 0] += 1
                if label.role == .cue { asCue[token.wordHash, default: 0] += 1 }
            }
        }
        return Set(asCue.filter { $0.value >= minCount && Double($0.value) / Double(all[$0.key]!) >= minShare }.keys)
    }

    /// Trains deterministically: examples in a shuffled order from a fixed seed each epoch,
    /// weights averaged over every step (the averaged perceptron).
    static func train(_ examples: [Example], extra: [TaggerFeatures.Table]? = nil, cueWords: Set<UInt64>, epochs: Int = 10,
                             buckets: Int = defaultBuckets, progress: (Int, Double) -> Void = { _, _ in }) -> AttributionTagger {
        precondition(buckets > 0 && buckets & (buckets - 1) == 0, "bucket count must be a power of two")
        var model = AttributionTagger(buckets: buckets, weights: [Float](repeating: 0, count: buckets * labelCount),
                                      cueWords: cueWords)
        var totals = [Double](repeating: 0, count: model.weights.count)
        var stamps = [Int](repeating: 0, count: model.weights.count)
        var step = 0
        var order = Array(examples.indices)
        var random = SeededRandom(seed: 20_241_106)
        let staticFeatures = examples.map { TaggerFeatures.features($0.tokens, cueWords: model.cueWords) }
        func update(_ feature: UInt64, _ label: Label, _ delta: Float) {
            let index = model.bucket(feature) * labelCount + label.rawValue
            totals[index] += Double(step - stamps[index]) * Double(model.weights[index])
            stamps[index] = step
            model.weights[index] += delta
        }
        for epoch in 0..<epochs {
            order.shuffle(using: &random)
            var correct = 0
            var seen = 0
            for exampleIndex in order {
                let example = examples[exampleIndex]
                var predicted: [Label] = []
                for index in example.tokens.indices {
                    step += 1
                    let previous = predicted.last ?? .outside
                    let beforePrevious = predicted.count >= 2 ? predicted[predicted.count - 2] : .outside
                    let dynamic = dynamicFeatures(previous: previous, beforePrevious: beforePrevious, word: example.tokens[index].wordHash)
                    let extraFeatures = extra?[exampleIndex][index] ?? []
                    let guess = best(model.scores(staticFeatures[exampleIndex][index], extraFeatures, dynamic), after: previous)
                    // After an earlier mistake an inside tag may be out of reach; its run then starts here.
                    let truth = allowed(example.labels[index], after: previous) ? example.labels[index] : example.labels[index].begin
                    if guess != truth {
                        for feature in Array(staticFeatures[exampleIndex][index]) + Array(extraFeatures) + dynamic {
                            update(feature, truth, 1)
                            update(feature, guess, -1)
                        }
                    } else {
                        correct += 1
                    }
                    seen += 1
                    // Later tags see the guess, as they will when tagging new text.
                    predicted.append(guess)
                }
            }
            progress(epoch + 1, Double(correct) / Double(max(seen, 1)))
        }
        for index in model.weights.indices {
            totals[index] += Double(step - stamps[index]) * Double(model.weights[index])
            model.weights[index] = Float(totals[index] / Double(max(step, 1)))
        }
        return model
    }
}

/// A small deterministic generator (SplitMix64), so that training shuffles the same way everywhere.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58476D1CE4E5B9
        value = (value ^ (value >> 27)) &* 0x94D049BB133111EB
        return value ^ (value >> 31)
    }
}
