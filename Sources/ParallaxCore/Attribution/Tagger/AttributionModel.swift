/// The attribution stage's model: two taggers stacked. The first labels tokens from their own
/// features; the second sees, besides those, the first one's labels around each token, including
/// those to its right. The second is trained on first-pass labels the first pass produced for
/// articles it had not been trained on (k-fold), so that it learns from realistic mistakes.
public struct AttributionModel: Sendable {
    var first: AttributionTagger
    var second: AttributionTagger
    /// Whether the taggers were trained with parse features; such a model reads `grammar`'s parse of the
    /// text (set when loaded), and one trained without never sees those features.
    public private(set) var usesParse = false
    public var grammar: GrammarModel?

    /// Every attribution in a text.
    public func attributions(in text: String) -> [TaggedAttribution] {
        attributions(in: TextModel(ScalarText(text), breaker: TextBreaker()))
    }

    /// Every attribution in a text already read into its model.
    public func attributions(in model: TextModel) -> [TaggedAttribution] {
        attributions(in: model, parses: SentenceParses())
    }

    /// The same, taking the parse of a sentence from `parses` where the language stage parsed exactly its
    /// pieces with this model's grammar.
    func attributions(in model: TextModel, parses: SentenceParses) -> [TaggedAttribution] {
        var tokens = TaggerTokens.tokens(model)
        if usesParse, let grammar { TaggerTokens.parse(&tokens, text: model.text, grammar: grammar, parses: parses) }
        return AttributionLinker.attributions(tokens: tokens, labels: labels(tokens))
    }

    /// Every attribution in an article, each source resolved to the person or organisation it
    /// names or refers to (coreference through the language stage's names, pronouns and roles).
    public func attributionsWithSpeakers(_ article: Article, breaker: TextBreaker,
                                         language settings: LanguageSettings = LanguageSettings()) -> [TaggedAttribution] {
        let model = TextModel(article.text, breaker: breaker)
        let language = Language.analyse(article, model: model, breaker: breaker, settings: settings)
        let resolver = SpeakerResolver(text: article.text, language: language)
        return attributions(in: model).map { attribution in
            guard let source = attribution.source else { return attribution }
            var resolved = attribution
            let sentence = language.sentences.firstIndex { $0.span.overlaps(source) } ?? 0
            resolved.speakerName = ReportedSpeech.speaker(source, sentence: sentence, text: article.text, language: language, resolver: resolver)
            if let name = resolved.speakerName {
                resolved.speaker = resolver.names.first { resolver.stripPossessive($0.text) == name }?.span
            }
            return resolved
        }
    }

    func labels(_ tokens: [TaggerToken]) -> [AttributionTagger.Label] {
        let features = TaggerFeatures.features(tokens, cueWords: first.cueWords)
        let firstPass = first.tag(tokens, features: features)
        // Both taggers are trained with the cue words of the whole training set, so the features are shared.
        return second.tag(tokens, features: features, extra: TaggerFeatures.stacked(tokens, firstPass: firstPass))
    }

    /// Trains both taggers; `folds` first-pass models label the held-out parts of the training set.
    public static func train(_ examples: [AttributionTagger.Example], folds: Int = 4, epochs: Int = 10,
                             buckets: Int = AttributionTagger.defaultBuckets, progress: (String) -> Void = { _ in }) -> AttributionModel {
        let cueWords = AttributionTagger.cueWords(from: examples)
        var firstPass = [[AttributionTagger.Label]](repeating: [], count: examples.count)
        for fold in 0..<folds {
            let training = examples.indices.filter { $0 % folds != fold }
            let model = AttributionTagger.train(training.map { examples[$0] }, cueWords: cueWords, epochs: epochs, buckets: buckets)
            for index in examples.indices where index % folds == fold {
                let tokens = examples[index].tokens
                firstPass[index] = model.tag(tokens, features: TaggerFeatures.features(tokens, cueWords: cueWords))
            }
            progress("first pass, fold \(fold + 1) of \(folds)")
        }
        let first = AttributionTagger.train(examples, cueWords: cueWords, epochs: epochs, buckets: buckets)
        progress("first pass, all articles")
        let extra = examples.indices.map { TaggerFeatures.stacked(examples[$0].tokens, firstPass: firstPass[$0]) }
        let second = AttributionTagger.train(examples, extra: extra, cueWords: cueWords, epochs: epochs, buckets: buckets)
        progress("second pass")
        return AttributionModel(first: first, second: second, usesParse: examples.contains { $0.tokens.contains { $0.relation != 0 } })
    }

    static let magic = Array("parallax-attribution-model 3\n".utf8)
    /// Version 2 files have no parse flag: their models never used a parse.
    static let magicWithoutParse = Array("parallax-attribution-model 2\n".utf8)

    /// The parse flag, then both taggers' bytes, the first one's length before them.
    public func serialized() -> [UInt8] {
        let firstBytes = first.serialized()
        var bytes = Self.magic
        bytes.append(usesParse ? 1 : 0)
        withUnsafeBytes(of: UInt64(firstBytes.count).littleEndian) { bytes.append(contentsOf: $0) }
        return bytes + firstBytes + second.serialized()
    }

    /// The model file as shipped: the serialized bytes, gzipped (the 16-bit weights compress by ~40 %).
    public func file() -> [UInt8] { Gzip.deflate(serialized()) }

    /// A model file, gzipped or not.
    public init(file bytes: [UInt8]) throws {
        try self.init(serialized: Gzip.isGzip(bytes) ? try Gzip.inflate(bytes, limit: 64 << 20) : bytes)
    }

    public init(serialized bytes: [UInt8]) throws {
        var start = Self.magic.count
        guard bytes.count > start + 9 else { throw AttributionTagger.ModelError(description: "not a Parallax attribution model") }
        if Array(bytes[0..<start]) == Self.magic {
            usesParse = bytes[start] == 1
            start += 1
        } else if Array(bytes[0..<start]) != Self.magicWithoutParse {
            throw AttributionTagger.ModelError(description: "not a Parallax attribution model")
        }
        var length = 0
        for index in 0..<8 { length |= Int(bytes[start + index]) << (8 * index) }
        guard length > 0, start + 8 + length < bytes.count else { throw AttributionTagger.ModelError(description: "attribution model is truncated") }
        first = try AttributionTagger(serialized: Array(bytes[(start + 8)..<(start + 8 + length)]))
        second = try AttributionTagger(serialized: Array(bytes[(start + 8 + length)...]))
    }

    init(first: AttributionTagger, second: AttributionTagger, usesParse: Bool) {
        self.first = first
        self.second = second
        self.usesParse = usesParse
    }
}
