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
    /// Quoted words per shingle: long enough that a shared one is the same quote, not a phrase.
    static let quoteShingle = 4
    static let maxQuoteShingles = 30

    public static func features(of article: Article, settings: StorySettings = .standard) -> StoryFeatures {
        var words = StoryWordCache()
        return features(of: article, settings: settings, words: &words)
    }

    /// With a cache of what each word is, kept across articles: a stream reuses its vocabulary.
    public static func features(of article: Article, settings: StorySettings = .standard, words: inout StoryWordCache) -> StoryFeatures {
        words.startArticle()
        var builder = Builder(words: words)
        defer { words = builder.words }
        let titleScalars = Array((article.title ?? "").unicodeScalars)
        builder.scan(titleScalars, range: titleScalars.indices, field: .title, weight: { _ in settings.titleWeight }, settings: settings)
        let body = article.bodyBlocks.isEmpty && article.title == nil ? [Span(0, article.text.count)] : article.bodyBlocks.map(\.span)
        var wordsSoFar = 0
        for block in body {
            let lead = settings.leadWords
            builder.scan(article.text.scalars, range: block.start..<block.end, field: .text, weight: { index in
                wordsSoFar + index < lead ? settings.leadWeight : settings.bodyWeight
            }, settings: settings)
            wordsSoFar = builder.wordsInText
        }
        let day = article.published.flatMap { date -> Int? in
            guard let month = date.month, let dayOfMonth = date.day else { return nil }
            return CalendarMath.days(year: date.year, month: month, day: dayOfMonth)
        }
        return StoryFeatures(features: builder.features, day: day,
                             language: LanguageGuess.language(stopwordHits: builder.stopwordHits),
                             titleScalars: titleScalars, textScalars: article.text.scalars)
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

        /// Words, names, numbers and quoted shingles of one block; `weight` gives a word's weight by its
        /// position among the block's words.
        mutating func scan(_ scalars: [Unicode.Scalar], range: Range<Int>, field: StoryFeatures.Field,
                           weight: (Int) -> Float, settings: StorySettings) {
            var position = range.lowerBound
            var sentenceStart = true
            var insideQuote = false
            var quoted: [(word: String, start: Int)] = []
            var wordNumber = 0
            while position < range.upperBound {
                let scalar = scalars[position]
                if QuoteMarks.isDoubleQuote(scalar) {
                    insideQuote = QuoteMarks.opens(scalar, inside: insideQuote)
                    if !insideQuote { quoted.removeAll(keepingCapacity: true) }
                    position += 1
                    continue
                }
                guard StoryWords.isWordScalar(scalar) else {
                    if scalar == "." || scalar == "!" || scalar == "?" || scalar == "\n" || scalar == ":" { sentenceStart = true }
                    position += 1
                    continue
                }
                let start = position
                var end = position
                var hasDigit = false
                while end < range.upperBound {
                    let here = scalars[end]
                    if StoryWords.isWordScalar(here) {
                        if here.value >= 0x30 && here.value <= 0x39 { hasDigit = true }
                        end += 1
                    } else if hasDigit, here == "," || here == ".", end + 1 < range.upperBound,
                              scalars[end + 1].value >= 0x30 && scalars[end + 1].value <= 0x39 {
                        end += 1 // 1,000 and 3.5 are one number
                    } else {
                        break
                    }
                }
                position = end
                let span = Span(start, end)
                let weightHere = weight(wordNumber)
                wordNumber += 1
                if field == .text { wordsInText += 1 }
                let wasSentenceStart = sentenceStart
                sentenceStart = false
                let info = words.info(scalars[start..<end])
                if let language = info.language { stopwordHits[language, default: 0] += 1 }
                if insideQuote {
                    quoted.append((StoryWords.lower(scalars[start..<end]), start))
                    if quoted.count >= StoryFeatureExtractor.quoteShingle, quoteShingles < StoryFeatureExtractor.maxQuoteShingles {
                        let shingle = quoted.suffix(StoryFeatureExtractor.quoteShingle)
                        let key = "\"" + shingle.map(\.word).joined(separator: " ")
                        let first = shingle.first!.start
                        add(key, .quote, settings.quoteBoost * weightHere, field: field, span: Span(first, end))
                        quoteShingles += 1
                    }
                }
                if hasDigit {
                    let digits = String(String.UnicodeScalarView(scalars[start..<end].filter { $0 != "," }))
                    add("#" + digits, .number, settings.numberBoost * weightHere, field: field, span: span)
                    continue
                }
                guard info.isContent else { continue }
                // A capital inside a sentence marks a name; headlines capitalise everything, so they say nothing.
                let first = scalars[start].value
                let capital = first < 0x80 ? (first >= 0x41 && first <= 0x5A) : scalars[start].properties.isUppercase
                let isName = field == .text && !wasSentenceStart && capital && info.canBeName
                addWord(info, isName ? .name : .term, isName ? weightHere * settings.nameBoost : weightHere,
                    field: field, span: span)
            }
        }
    }
}
