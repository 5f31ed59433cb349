/// Universal part-of-speech tags (UPOS), as Universal Dependencies defines them.
public enum UPOS: Int, CaseIterable, Sendable, Codable {
    case adj, adp, adv, aux, cconj, det, intj, noun, num, part, pron, propn, punct, sconj, sym, verb, x

    public var name: String { Self.names[rawValue] }
    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]
    static let byName = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, UPOS(rawValue: $0)!) })
    public init?(name: String) {
        guard let tag = Self.byName[name] else { return nil }
        self = tag
    }
}

/// A greedy left-to-right averaged-perceptron tagger (Collins 2002; the design of Honnibal's
/// well-known tagger): each word's features are its form, affixes and shape, its neighbours' forms
/// and the two tags already given on its left. A second pass, stacked, also sees the first pass's
/// tags on the right ("that" before a verb or a noun); it is trained on first-pass tags of sentences
/// the first pass was not trained on (k-fold), so it learns from realistic mistakes. Words that are
/// frequent and (almost) always one tag in training take it from a dictionary.
public struct PartOfSpeechTagger: Sendable {
    var first: HashedPerceptron
    var second: HashedPerceptron
    /// Word hash → tag, for frequent unambiguous words.
    var dictionary: [UInt64: UPOS]
    /// Word hash → the tags it took in training (one bit per tag), for words seen at least
    /// `minAmbiguityCount` times: "can" is AUX or NOUN or VERB, whatever the context says.
    var ambiguity: [UInt64: UInt32]
    static let minAmbiguityCount = 5

    public static let bits = 18
    static let folds = 4

    /// Tags for a sentence's words.
    public func tag(_ words: [String]) -> [UPOS] {
        let context = WordContext(words, ambiguity: ambiguity)
        let firstPass = Self.pass(first, context, dictionary: dictionary, firstPass: nil)
        return Self.pass(second, context, dictionary: dictionary, firstPass: firstPass)
    }

    static func pass(_ perceptron: HashedPerceptron, _ context: WordContext, dictionary: [UInt64: UPOS], firstPass: [UPOS]?) -> [UPOS] {
        var tags: [UPOS] = []
        tags.reserveCapacity(context.lower.count)
        var scratch = [Float](repeating: 0, count: UPOS.allCases.count)
        var features: [UInt64] = []
        for index in context.lower.indices {
            if let known = dictionary[context.lower[index]] {
                tags.append(known)
                continue
            }
            context.features(index, tags: tags, firstPass: firstPass, into: &features)
            tags.append(UPOS(rawValue: perceptron.best(features, scratch: &scratch))!)
        }
        return tags
    }

    public typealias Sentence = (words: [String], tags: [UPOS])

    /// Trains both passes on sentences of (word, tag); deterministic for the same input.
    public static func train(_ sentences: [Sentence], epochs: Int, progress: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
        trainWithHeldOutTags(sentences, epochs: epochs, progress: progress).tagger
    }

    /// The same, and for each sentence the first pass's tags from a model not trained on it: realistic
    /// tags for training the parser.
    public static func trainWithHeldOutTags(_ sentences: [Sentence], epochs: Int,
                                            progress: (String) -> Void = { _ in }) -> (tagger: PartOfSpeechTagger, heldOut: [[UPOS]]) {
        let dictionary = tagDictionary(sentences)
        let ambiguity = ambiguityClasses(sentences)
        let contexts = sentences.map { WordContext($0.words, ambiguity: ambiguity) }
        var firstPass = [[UPOS]](repeating: [], count: sentences.count)
        for fold in 0..<folds {
            let part = trainPass(sentences, contexts, sentences.indices.filter { $0 % folds != fold }, dictionary: dictionary, firstPass: nil, epochs: epochs)
            for index in sentences.indices where index % folds == fold {
                firstPass[index] = pass(part, contexts[index], dictionary: dictionary, firstPass: nil)
            }
            progress("tagger first pass, fold \(fold + 1) of \(folds)")
        }
        let first = trainPass(sentences, contexts, Array(sentences.indices), dictionary: dictionary, firstPass: nil, epochs: epochs)
        progress("tagger first pass")
        let second = trainPass(sentences, contexts, Array(sentences.indices), dictionary: dictionary, firstPass: firstPass, epochs: epochs)
        progress("tagger second pass")
        return (PartOfSpeechTagger(first: first, second: second, dictionary: dictionary, ambiguity: ambiguity), firstPass)
    }

    static func trainPass(_ sentences: [Sentence], _ contexts: [WordContext], _ chosen: [Int], dictionary: [UInt64: UPOS],
                          firstPass: [[UPOS]]?, epochs: Int) -> HashedPerceptron {
        var trainer = PerceptronTrainer(classes: UPOS.allCases.count, bits: bits)
        var order = chosen
        var random = SeededRandom(seed: 0x7A66)
        var scratch = [Float](repeating: 0, count: UPOS.allCases.count)
        var features: [UInt64] = []
        for _ in 0..<epochs {
            for number in order {
                let sentence = sentences[number], context = contexts[number]
                var tags: [UPOS] = []
                for index in sentence.words.indices {
                    if dictionary[context.lower[index]] == nil {
                        context.features(index, tags: tags, firstPass: firstPass?[number], into: &features)
                        let guess = trainer.model.best(features, scratch: &scratch)
                        trainer.tick()
                        trainer.update(features, truth: sentence.tags[index].rawValue, guess: guess)
                    }
                    // Learn from the true left context, as it will be mostly right when tagging.
                    tags.append(sentence.tags[index])
                }
            }
            order.shuffle(using: &random)
        }
        return trainer.averaged()
    }

    /// Words seen at least 20 times that carry one tag at least 97 % of the time (Honnibal's thresholds).
    static func tagDictionary(_ sentences: [Sentence]) -> [UInt64: UPOS] {
        var counts: [UInt64: [Int]] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) {
                counts[FNV1a.hash(word.lowercased()), default: [Int](repeating: 0, count: UPOS.allCases.count)][tag.rawValue] += 1
            }
        }
        var dictionary: [UInt64: UPOS] = [:]
        for (word, tagCounts) in counts {
            let total = tagCounts.reduce(0, +)
            let top = tagCounts.indices.max { tagCounts[$0] < tagCounts[$1] }!
            if total >= 20, Double(tagCounts[top]) / Double(total) >= 0.97 { dictionary[word] = UPOS(rawValue: top)! }
        }
        return dictionary
    }

    /// The tags each word seen at least `minAmbiguityCount` times took.
    static func ambiguityClasses(_ sentences: [Sentence]) -> [UInt64: UInt32] {
        var counts: [UInt64: Int] = [:]
        var masks: [UInt64: UInt32] = [:]
        for sentence in sentences {
            for (word, tag) in zip(sentence.words, sentence.tags) {
                let hash = FNV1a.hash(word.lowercased())
                counts[hash, default: 0] += 1
                masks[hash, default: 0] |= 1 << UInt32(tag.rawValue)
            }
        }
        return masks.filter { counts[$0.key]! >= minAmbiguityCount }
    }

    init(first: HashedPerceptron, second: HashedPerceptron, dictionary: [UInt64: UPOS], ambiguity: [UInt64: UInt32]) {
        self.first = first
        self.second = second
        self.dictionary = dictionary
        self.ambiguity = ambiguity
    }
}

/// A sentence's words as the tagger reads them: hashes of each form, lowered form, affixes and shape.
struct WordContext {
    let lower: [UInt64]
    let form: [UInt64]
    let suffix1: [UInt64], suffix2: [UInt64], suffix3: [UInt64], suffix4: [UInt64]
    let prefix1: [UInt64], prefix2: [UInt64]
    let shape: [UInt64]
    /// The word's ambiguity class (tags seen in training as bits; 0 for a word seen too rarely).
    let ambiguity: [UInt64]

    init(_ words: [String], ambiguity table: [UInt64: UInt32]) {
        var lower: [UInt64] = [], form: [UInt64] = [], suffix1: [UInt64] = [], suffix2: [UInt64] = [], suffix3: [UInt64] = []
        var suffix4: [UInt64] = [], prefix1: [UInt64] = [], prefix2: [UInt64] = [], shape: [UInt64] = []
        for word in words {
            let lowered = word.lowercased()
            let scalars = Array(lowered.unicodeScalars)
            func piece(_ range: Range<Int>) -> UInt64 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
                return FNV1a.hash(String(view))
            }
            lower.append(FNV1a.hash(lowered))
            form.append(FNV1a.hash(word))
            suffix1.append(piece((scalars.count - 1)..<scalars.count))
            suffix2.append(piece((scalars.count - 2)..<scalars.count))
            suffix3.append(piece((scalars.count - 3)..<scalars.count))
            suffix4.append(piece((scalars.count - 4)..<scalars.count))
            prefix1.append(piece(0..<1))
            prefix2.append(piece(0..<2))
            shape.append(FNV1a.hash(Self.shape(word)))
        }
        self.lower = lower
        self.form = form
        self.suffix1 = suffix1
        self.suffix2 = suffix2
        self.suffix3 = suffix3
        self.suffix4 = suffix4
        self.prefix1 = prefix1
        self.prefix2 = prefix2
        self.shape = shape
        ambiguity = lower.map { UInt64(table[$0] ?? 0) }
    }

    /// "Putin" → "Xx", "3.2" → "d.d", "COVID-19" → "X-d": runs of one kind of character folded.
    static func shape(_ word: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            let kind: Unicode.Scalar
            if scalar.properties.isUppercase { kind = "X" } else if scalar.properties.isLowercase { kind = "x" }
            else if scalar.properties.numericType != nil { kind = "d" } else { kind = scalar }
            if result.last != kind { result.append(kind) }
        }
        return String(result)
    }

    static let none: UInt64 = 0x6E6F6E65
    func at(_ values: [UInt64], _ index: Int) -> UInt64 { index >= 0 && index < values.count ? values[index] : Self.none &+ UInt64(bitPattern: Int64(index)) }

    /// The word's features, with the tags already given to its left.
    func features(_ index: Int, tags: [UPOS], firstPass: [UPOS]?, into features: inout [UInt64]) {
        func tag(_ offset: Int) -> UInt64 { index - offset >= 0 ? UInt64(tags[index - offset].rawValue) &+ 1 : 99 }
        features.removeAll(keepingCapacity: true)
        features.append(FeatureHash.mix(1, 0))
        features.append(FeatureHash.mix(2, lower[index]))
        features.append(FeatureHash.mix(3, form[index], index == 0 ? 1 : 0))
        features.append(FeatureHash.mix(4, suffix1[index]))
        features.append(FeatureHash.mix(5, suffix2[index]))
        features.append(FeatureHash.mix(6, suffix3[index]))
        features.append(FeatureHash.mix(7, suffix4[index]))
        features.append(FeatureHash.mix(8, prefix1[index]))
        features.append(FeatureHash.mix(9, prefix2[index]))
        features.append(FeatureHash.mix(10, shape[index], index == 0 ? 1 : 0))
        features.append(FeatureHash.mix(11, tag(1)))
        features.append(FeatureHash.mix(12, tag(1), tag(2)))
        features.append(FeatureHash.mix(13, tag(1), lower[index]))
        features.append(FeatureHash.mix(14, at(lower, index - 1)))
        features.append(FeatureHash.mix(15, at(suffix3, index - 1)))
        features.append(FeatureHash.mix(16, at(lower, index - 2)))
        features.append(FeatureHash.mix(17, at(lower, index + 1)))
        features.append(FeatureHash.mix(18, at(suffix3, index + 1)))
        features.append(FeatureHash.mix(19, at(lower, index + 2)))
        features.append(FeatureHash.mix(20, at(shape, index + 1)))
        features.append(FeatureHash.mix(21, lower[index], at(lower, index + 1)))
        features.append(FeatureHash.mix(22, at(lower, index - 1), lower[index]))
        features.append(FeatureHash.mix(23, tag(1), at(lower, index + 1)))
        features.append(FeatureHash.mix(24, at(suffix1, index + 1)))
        features.append(FeatureHash.mix(25, tag(1), suffix3[index]))
        features.append(FeatureHash.mix(26, at(lower, index - 1), at(lower, index + 1)))
        features.append(FeatureHash.mix(27, at(form, index + 1)))
        features.append(FeatureHash.mix(28, at(form, index - 1)))
        features.append(FeatureHash.mix(29, tag(1), shape[index]))
        features.append(FeatureHash.mix(30, tag(2), lower[index]))
        features.append(FeatureHash.mix(31, ambiguity[index]))
        features.append(FeatureHash.mix(32, at(ambiguity, index + 1)))
        features.append(FeatureHash.mix(33, at(ambiguity, index - 1)))
        features.append(FeatureHash.mix(34, tag(1), ambiguity[index]))
        features.append(FeatureHash.mix(35, ambiguity[index], suffix3[index]))
        guard let firstPass else { return }
        func guessed(_ offset: Int) -> UInt64 {
            let position = index + offset
            return position >= 0 && position < firstPass.count ? UInt64(firstPass[position].rawValue) &+ 1 : 99
        }
        features.append(FeatureHash.mix(40, guessed(1)))
        features.append(FeatureHash.mix(41, guessed(1), guessed(2)))
        features.append(FeatureHash.mix(42, guessed(1), lower[index]))
        features.append(FeatureHash.mix(43, guessed(0)))
        features.append(FeatureHash.mix(44, tag(1), guessed(1)))
        features.append(FeatureHash.mix(45, guessed(2)))
        features.append(FeatureHash.mix(46, guessed(0), lower[index]))
    }
}
