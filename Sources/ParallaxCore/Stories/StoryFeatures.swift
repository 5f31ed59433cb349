/// What an article offers for finding its story: weighted words of its title, lead and body,
/// names, numbers and quoted passages, each with the place it was first written (for evidence).
public struct StoryFeatures: Sendable, Codable {
    public typealias Kind = StoryFeatureKind
    public typealias Field = StoryFeatureField

    public struct Feature: Sendable, Codable {
        /// The comparison key: a stem, `#` and digits, or `"` and four quoted words.
        public var key: String
        public var kind: Kind
        /// Position-weighted count, before the sublinear scaling and IDF.
        public var count: Float
        /// Where the first occurrence is (`surface(of:)` gives it as written).
        public var field: Field
        public var span: Span
    }

    public var features: [Feature]
    /// Day number (days since 1970-01-01) when the article gives its day; nil when undated.
    public var day: Int?
    public var language: String
    /// The title's and the text's scalars (shared with the article, not copied), for evidence.
    var titleScalars: [Unicode.Scalar]
    var textScalars: [Unicode.Scalar]

    /// The scalars are the article's: stored with it, not here (`attach` gives them back).
    enum CodingKeys: String, CodingKey { case features, day, language }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        features = try container.decode([Feature].self, forKey: .features)
        day = try container.decodeIfPresent(Int.self, forKey: .day)
        language = try container.decode(String.self, forKey: .language)
        titleScalars = []
        textScalars = []
    }

    init(features: [Feature], day: Int?, language: String, titleScalars: [Unicode.Scalar], textScalars: [Unicode.Scalar]) {
        self.features = features
        self.day = day
        self.language = language
        self.titleScalars = titleScalars
        self.textScalars = textScalars
    }

    /// The article's title and text again, after decoding, so that evidence can quote them.
    mutating func attach(_ article: Article) {
        titleScalars = Array((article.title ?? "").unicodeScalars)
        textScalars = article.text.scalars
    }

    /// A feature's first occurrence as written. Made only for evidence: most features never need it.
    public func surface(of feature: Feature) -> String {
        let scalars = feature.field == .title ? titleScalars : textScalars
        let end = min(feature.span.end, scalars.count), start = min(feature.span.start, end)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

public enum StoryFeatureExtractor {
    /// Marks after which a capital starts a sentence rather than a name.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", ":"]

    /// Where a word starting at `pieces[index]` ends: a number goes on across "," or "." before a
    /// digit ("1,000", "3.5"). The end offset, whether it has a digit, and the next piece's index.
    static func wordEnd(_ pieces: [TextPiece], from index: Int, _ scalars: [Unicode.Scalar]) -> (end: Int, hasDigit: Bool, next: Int) {
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
        var end = pieces[index].span.end
        let hasDigit = scalars[pieces[index].span.start..<end].contains(where: isDigit)
        var next = index + 1
        while hasDigit, next + 1 < pieces.count, pieces[next].span.start == end, !pieces[next].isRun,
              scalars[pieces[next].span.start] == "," || scalars[pieces[next].span.start] == ".",
              pieces[next + 1].isRun, pieces[next + 1].span.start == pieces[next].span.end, isDigit(scalars[pieces[next + 1].span.start]) {
            end = pieces[next + 1].span.end
            next += 2
        }
        return (end, hasDigit, next)
    }

    public static func features(of article: Article, settings: StorySettings = .standard) -> StoryFeatures {
        var words = StoryWordCache()
        return features(of: article, settings: settings, words: &words)
    }

    /// With a cache of what each word is, kept across articles: a stream reuses its vocabulary.
    public static func features(of article: Article, settings: StorySettings = .standard, words: inout StoryWordCache,
                                breaker: TextBreaker = TextBreaker()) -> StoryFeatures {
        features(of: article, model: TextModel(article.text, breaker: breaker), settings: settings, words: &words, breaker: breaker)
    }

    /// The features read from the article's text `model` (and its title, read the same way).
    public static func features(of article: Article, model: TextModel, settings: StorySettings = .standard, words: inout StoryWordCache,
                                breaker: TextBreaker) -> StoryFeatures {
        words.startArticle()
        var builder = Builder(words: words)
        defer { words = builder.words }
        // A headline feed's text is its title: read it once.
        let title = article.title == article.text.string ? model : TextModel(ScalarText(article.title ?? ""), breaker: breaker)
        builder.scan(title, within: Span(0, title.text.count), field: .title, weight: { _ in settings.titleWeight }, settings: settings)
        let body = article.bodyBlocks.isEmpty && article.title == nil ? [Span(0, article.text.count)] : article.bodyBlocks.map(\.span)
        var wordsSoFar = 0
        for block in body {
            let lead = settings.leadWords
            builder.scan(model, within: block, field: .text, weight: { index in
                wordsSoFar + index < lead ? settings.leadWeight : settings.bodyWeight
            }, settings: settings)
            wordsSoFar = builder.wordsInText
        }
        let day = article.published.flatMap { date -> Int? in
            guard let month = date.month, let dayOfMonth = date.day else { return nil }
            return CalendarMath.days(year: date.year, month: month, day: dayOfMonth)
        }
        return StoryFeatures(features: builder.features, day: day,
                             language: LanguageGuess.language(stopwordHits: builder.stopwordHits, minimumHits: settings.minimumLanguageHits),
                             titleScalars: title.text.scalars, textScalars: article.text.scalars)
    }

    /// Collects features over scalar ranges; one per article.
    struct Builder {
        var words: StoryWordCache
        var index: [String: Int] = [:]
        var slotIndex: [Int32: Int] = [:]
        var features: [StoryFeatures.Feature] = []
        var wordsInText = 0
        var stopwordHits: [String: Int] = [:]
        var quoteShingles = 0
        /// The block's pieces, reused from block to block.
        var pieces: [TextPiece] = []

        mutating func add(_ key: String, _ kind: StoryFeatures.Kind, _ count: Float,
                          field: StoryFeatures.Field, span: Span) {
            addAt(index[key], key, kind, count, field: field, span: span) { $0.index[key] = $1 }
        }

        /// A word's feature, found by its key slot in the word cache.
        mutating func addWord(_ info: StoryWordCache.Info, _ kind: StoryFeatures.Kind, _ count: Float,
                              field: StoryFeatures.Field, span: Span) {
            addAt(slotIndex[info.keySlot], info.key, kind, count, field: field, span: span) { $0.slotIndex[info.keySlot] = $1 }
        }

        mutating func addAt(_ existing: Int?, _ key: String, _ kind: StoryFeatures.Kind, _ count: Float,
                            field: StoryFeatures.Field, span: Span, remember: (inout Builder, Int) -> Void) {
            if let at = existing {
                features[at].count += count
                // A word once written as a name is a name.
                if kind == .name { features[at].kind = .name }
            } else {
                remember(&self, features.count)
                features.append(.init(key: key, kind: kind, count: count, field: field, span: span))
            }
        }

        /// Words, names, numbers and quoted shingles of one block (the model's pieces within `span`);
        /// `weight` gives a word's weight by its position among the block's words.
        mutating func scan(_ model: TextModel, within span: Span, field: StoryFeatures.Field,
                           weight: (Int) -> Float, settings: StorySettings) {
            let scalars = model.text.scalars
            // Tokens from the one ending inside the block to the last starting in it; pieces cut at its
            // edges, as a word ends where its block does.
            let first = model.tokens.partitioningIndex { $0.span.end > span.start }
            var last = first
            while last < model.tokens.count, model.tokens[last].span.start < span.end { last += 1 }
            pieces.removeAll(keepingCapacity: true)
            model.forEachPiece(tokens: first..<last) { piece in
                var piece = piece
                piece.span = Span(max(piece.span.start, span.start), min(piece.span.end, span.end))
                if !piece.span.isEmpty { pieces.append(piece) }
            }
            var sentenceStart = true
            var quoted: [(word: String, start: Int)] = []
            var wordNumber = 0
            var index = 0
            while index < pieces.count {
                let piece = pieces[index]
                let token = model.tokens[piece.token]
                if piece.startsLine { sentenceStart = true }
                guard piece.isRun else {
                    if token.isQuoteMark {
                        if token.closesQuote { quoted.removeAll(keepingCapacity: true) }
                    } else if StoryFeatureExtractor.sentenceEnds.contains(scalars[piece.span.start]) {
                        sentenceStart = true
                    }
                    index += 1
                    continue
                }
                let (end, hasDigit, next) = StoryFeatureExtractor.wordEnd(pieces, from: index, scalars)
                index = next
                let span = Span(piece.span.start, end)
                let weightHere = weight(wordNumber)
                wordNumber += 1
                if field == .text { wordsInText += 1 }
                let wasSentenceStart = sentenceStart
                sentenceStart = false
                let info = words.info(scalars[span.start..<span.end])
                if let language = info.language { stopwordHits[language, default: 0] += 1 }
                if token.insideQuote { addShingle(&quoted, scalars, span, field: field, weight: weightHere, settings: settings) }
                if hasDigit {
                    let digits = String(String.UnicodeScalarView(scalars[span.start..<span.end].filter { $0 != "," }))
                    add("#" + digits, .number, settings.numberBoost * weightHere, field: field, span: span)
                    continue
                }
                guard info.isContent else { continue }
                // A capital inside a sentence marks a name; headlines capitalise everything, so they say nothing.
                let firstValue = scalars[span.start].value
                let capital = firstValue < 0x80 ? (firstValue >= 0x41 && firstValue <= 0x5A) : scalars[span.start].properties.isUppercase
                let isName = field == .text && !wasSentenceStart && capital && info.canBeName
                addWord(info, isName ? .name : .term, isName ? weightHere * settings.nameBoost : weightHere,
                    field: field, span: span)
            }
        }

        /// A quoted word: with the three quoted words before it, a shingle of the quotation.
        mutating func addShingle(_ quoted: inout [(word: String, start: Int)], _ scalars: [Unicode.Scalar], _ span: Span,
                                 field: StoryFeatures.Field, weight: Float, settings: StorySettings) {
            quoted.append((StoryWords.lower(scalars[span.start..<span.end]), span.start))
            guard quoted.count >= settings.quoteShingle, quoteShingles < settings.maxQuoteShingles else { return }
            let shingle = quoted.suffix(settings.quoteShingle)
            let key = "\"" + shingle.map(\.word).joined(separator: " ")
            add(key, .quote, settings.quoteBoost * weight, field: field, span: Span(shingle.first!.start, span.end))
            quoteShingles += 1
        }
    }
}
