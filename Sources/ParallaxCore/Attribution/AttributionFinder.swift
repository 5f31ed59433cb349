/// The attribution stage: direct quotes with their speakers, the speakers of "X said …" sentences,
/// credits to other outlets, and (with the tagger) reported and mixed speech.
public enum AttributionFinder {
    /// With a `tagger`, reported and mixed speech in the body joins the direct quotes as statements.
    public static func analyse(_ article: Article, language: LanguageAnalysis, tagger: AttributionModel? = nil,
                               settings: AttributionSettings = AttributionSettings()) -> AttributionAnalysis {
        analyse(article, model: TextModel(article.text, breaker: TextBreaker()), language: language, tagger: tagger, settings: settings)
    }

    /// The same, reading quotations and the tagger's pieces from the article's text `model`.
    public static func analyse(_ article: Article, model: TextModel, language: LanguageAnalysis, tagger: AttributionModel? = nil,
                               settings: AttributionSettings = AttributionSettings()) -> AttributionAnalysis {
        analyse(article, model: model, language: language, tagger: tagger, parses: SentenceParses(), settings: settings)
    }

    /// The same, with the language stage's parses made with `tagger`'s grammar, so that the tagger need not parse them again.
    static func analyse(_ article: Article, model: TextModel, language: LanguageAnalysis, tagger: AttributionModel?,
                        parses: SentenceParses, settings: AttributionSettings) -> AttributionAnalysis {
        let reader = QuoteReader(article: article, model: model, language: language, settings: settings)
        let reported = reader.reportedSpeakers()
        let quotes = reader.quotes(reportedSpeakers: reported)
        var mentionAt: [Int: NameMention] = [:]
        for mention in language.names { mentionAt[mention.firstToken] = mention }
        let credits = CreditFinder.find(article, language: language, mentionAt: mentionAt, resolver: reader.resolver, settings: settings)
        var analysis = AttributionAnalysis(quotes: quotes, credits: credits, reportedSpeakers: reported)
        if let tagger {
            // Only the body: captions and furniture are in the text too, struck through in the report.
            let body = article.bodyBlocks.map(\.span)
            let tagged = tagger.attributions(in: model, parses: parses).filter { attribution in
                attribution.content.allSatisfy { fragment in body.contains { $0.contains(fragment) } }
            }
            analysis.reported = ReportedSpeech.statements(tagged, article: article, language: language, resolver: reader.resolver, quotes: quotes, settings: settings)
        }
        return analysis
    }
}

/// Reads an article's direct quotations and who says them, and the speakers of reported speech.
struct QuoteReader {
    /// Words that open the clause a participle belongs to ("…, while Trump maintained …, stating").
    static let clauseOpeners: Set<String> = ["while", "whilst", "whereas", "but", "although", "though"]
    /// What may stand between a closing quotation mark and the source after it.
    static let quoteToSourceGap: Set<Character> = [" ", ",", "\"", "”", "’", "'", "—", "–", "-"]

    /// A quotation in a body block: `[open mark, close mark)` and the block's index among body blocks.
    struct RawQuote {
        var open: Int
        var close: Int
        var block: Int
    }

    /// A source as written, and the person or organisation it resolves to.
    typealias Source = (span: Span, text: String, speaker: String?)
    typealias Recent = (name: String, sentence: Int)

    let text: ScalarText
    let language: LanguageAnalysis
    let settings: AttributionSettings
    var tokens: [Token] { language.tokens }
    /// In text order, none inside another.
    let rawQuotes: [RawQuote]
    let resolver: SpeakerResolver

    init(article: Article, model: TextModel, language: LanguageAnalysis, settings: AttributionSettings) {
        text = article.text
        self.language = language
        self.settings = settings
        // Quote spans first, so that reported speech is not read inside quotes.
        let body = article.bodyBlocks
        rawQuotes = model.quotes.compactMap { quote in
            body.firstIndex { $0.span.start <= quote.start && quote.start < $0.span.end }.map { RawQuote(open: quote.start, close: quote.end, block: $0) }
        }
        resolver = SpeakerResolver(text: text, language: language, quoteSpans: rawQuotes.map { Span($0.open, $0.close) }, settings: settings)
    }

    func insideQuote(_ offset: Int) -> Bool {
        let next = rawQuotes.partitioningIndex { $0.open >= offset }
        return next > 0 && offset < rawQuotes[next - 1].close
    }

    /// The source standing in tokens[range]: the last name, pronoun or role nominal there.
    /// With `forward`, the first one: the subject of a clause ("Putin …, stating") or the name after "said".
    func source(in range: Range<Int>, recent: Recent?, forward: Bool = false) -> Source? {
        guard !range.isEmpty else { return nil }
        // Reading forward, a person is the likelier subject; an organisation ("Moscow insists") only failing one.
        if forward {
            return source(in: range, recent: recent, forward: true, peopleOnly: true) ?? source(in: range, recent: recent, forward: true, peopleOnly: false)
        }
        return source(in: range, recent: recent, forward: false, peopleOnly: false)
    }

    func source(in range: Range<Int>, recent: Recent?, forward: Bool, peopleOnly: Bool) -> Source? {
        let order: [Int] = forward ? Array(range) : range.reversed()
        for index in order where !insideQuote(tokens[index].span.start) {
            let token = tokens[index]
            if let mention = language.names.first(where: { $0.firstToken <= index && index < $0.firstToken + $0.tokenCount }) {
                // Reading forward for a clause's subject, pass over "the Valdai club in Sochi" to the person.
                if peopleOnly && !resolver.isPerson(mention) { continue }
                return (mention.span, mention.text, resolver.fullName(mention))
            }
            if let kind = AttributionCues.pronouns[token.norm], kind == .person {
                return (token.span, token.text, resolver.resolvePronoun(at: token.span.start, sentence: token.sentence, recentSpeaker: recent))
            }
            if Vocabulary.roleNouns.contains(token.norm) { return nominal(endingAt: index, from: range.lowerBound) }
        }
        return nil
    }

    /// "the Russian president": a few words back to a determiner.
    func nominal(endingAt index: Int, from lowest: Int) -> Source {
        var start = index
        while start > lowest, index - start < settings.nominalWords, !tokens[start - 1].isStopword { start -= 1 }
        if start > lowest, tokens[start - 1].norm == "the" { start -= 1 }
        let words = tokens[start...index].map(\.norm)
        let span = Span(tokens[start].span.start, tokens[index].span.end)
        return (span, text.slice(span), resolver.resolveNominal(words, before: span.start))
    }

    /// Reported speech: each sentence's first speech verb outside quotes whose subject resolves.
    func reportedSpeakers() -> [Int: String] {
        var reported: [Int: String] = [:]
        var recent: Recent?
        for (sentenceIndex, sentence) in language.sentences.enumerated() {
            for index in sentence.tokens where AttributionCues.speechVerbs.contains(tokens[index].norm) && !insideQuote(tokens[index].span.start) {
                let from = max(sentence.tokens.lowerBound, index - settings.maxSubjectGap)
                var found = source(in: from..<index, recent: recent)
                if found == nil, index + 1 < sentence.tokens.upperBound {
                    found = source(in: (index + 1)..<min(sentence.tokens.upperBound, index + settings.sourceAfterVerb), recent: recent)
                }
                if let speaker = found?.speaker {
                    reported[sentenceIndex] = speaker
                    recent = (speaker, sentenceIndex)
                    break
                }
            }
        }
        return reported
    }

    /// Every direct quotation with its source and speaker. A quote with no cue of its own goes on
    /// from the one before it in the paragraph, or from the speaker of the sentence before.
    func quotes(reportedSpeakers reported: [Int: String]) -> [Quote] {
        var quotes: [Quote] = []
        var recent: Recent?
        var lastQuoteSpeaker: (block: Int, speaker: String)?
        for raw in rawQuotes {
            guard let content = content(raw), let sentence = sentence(opening: raw.open) else { continue }
            let (found, cue) = attributed(raw, sentence: sentence, recent: recent)
            var speaker = found?.speaker
            // (A source that was found but not resolved, like "the Kremlin chief", stays unresolved.)
            // A paragraph that is only a quote goes on from the quote in the paragraph before.
            if found == nil, let last = lastQuoteSpeaker, last.block == raw.block || last.block == raw.block - 1 { speaker = last.speaker }
            if found == nil, speaker == nil, sentence > 0 { speaker = reported[sentence - 1] }
            // Scare quotes ("ready", "one day") do not make their speaker the one a later "he" means.
            if let speaker, wordCount(content) >= settings.minSalientQuoteWords {
                recent = (speaker, sentence)
                lastQuoteSpeaker = (raw.block, speaker)
            }
            quotes.append(Quote(span: content, text: text.slice(content), sourceSpan: found?.span, sourceText: found?.text,
                                speaker: speaker, cueSpan: cue, sentence: sentence))
        }
        return quotes
    }

    /// The quoted words without the marks, white space or a trailing comma; nil when no letter is quoted.
    func content(_ raw: RawQuote) -> Span? {
        var content = text.trimmed(Span(raw.open + 1, raw.close))
        while content.length > 0, [",", " "].contains(text.scalars[content.end - 1]) { content.end -= 1 }
        guard content.length > 0, text.scalars[content.start..<content.end].contains(where: { $0.properties.isAlphabetic }) else { return nil }
        return content
    }

    /// The sentence a quotation opens in (or the next one, for a mark between sentences).
    func sentence(opening offset: Int) -> Int? {
        language.sentences.firstIndex(where: { $0.span.start <= offset && offset < $0.span.end })
            ?? language.sentences.firstIndex(where: { $0.span.start > offset })
    }

    /// The quotation's source and speech verb: after it, else before it in its sentence.
    func attributed(_ raw: RawQuote, sentence: Int, recent: Recent?) -> (Source?, cue: Span?) {
        let closeSentence = language.sentences.firstIndex(where: { $0.span.start <= raw.close && raw.close < $0.span.end }) ?? sentence
        let after = sourceAfter(raw, in: language.sentences[closeSentence].tokens, recent: recent)
        if let after, after.0 != nil { return after }
        // A verb after the quote whose source was not found is still the cue, unless a verb before it is.
        return sourceBefore(raw, in: language.sentences[sentence].tokens, recent: recent, cueAfter: after?.cue) ?? (nil, after?.cue)
    }

    /// `," he said`, `," said Putin`, `," Kremlin spokesperson Dmitry Peskov said`: nothing but the
    /// source between the quote and the verb.
    func sourceAfter(_ raw: RawQuote, in range: Range<Int>, recent: Recent?) -> (Source?, cue: Span?)? {
        let after = range.filter { tokens[$0].span.start > raw.close }
        guard let first = after.first, text.slice(Span(raw.close, tokens[first].span.start)).allSatisfy(Self.quoteToSourceGap.contains) else { return nil }
        let window = Array(after.prefix(settings.verbWindow))
        guard let verbPosition = window.firstIndex(where: { AttributionCues.speechVerbs.contains(tokens[$0].norm) }),
              window[..<verbPosition].allSatisfy(isSourceWord) else { return nil }
        let verb = window[verbPosition]
        let found = verbPosition == 0
            ? source(in: (verb + 1)..<min(range.upperBound, verb + settings.sourceAfterQuoteVerb), recent: recent, forward: true)
            : source(in: first..<verb, recent: recent)
        return (found, tokens[verb].span)
    }

    /// Before the quote, in its sentence: `he remarked, “…”`, `Putin …, stating, “…”`, `The Kremlin chief …: "…"`.
    func sourceBefore(_ raw: RawQuote, in range: Range<Int>, recent: Recent?, cueAfter: Span?) -> (Source?, cue: Span?)? {
        let before = range.filter { tokens[$0].span.end <= raw.open && !insideQuote(tokens[$0].span.start) }
        if let verb = before.last(where: { AttributionCues.speechVerbs.contains(tokens[$0].norm) }) {
            let start = range.lowerBound
            if tokens[verb].norm.hasSuffix("ing"), verb > start, let name = language.names.first(where: { $0.firstToken + $0.tokenCount == verb }),
               tokens[verb].span.start - name.span.end <= 1 {
                // "with spokesman Dmitry Peskov noting …"
                return ((name.span, name.text, resolver.fullName(name)), tokens[verb].span)
            }
            // The verb's clause's subject: "…, while Trump maintained …, stating"; "Trump said … but added".
            let found = source(in: clauseStart(before: verb, from: start)..<verb, recent: recent, forward: true)
                ?? source(in: start..<verb, recent: recent, forward: true)
            return (found, tokens[verb].span)
        }
        let colon = before.last.map { text.slice(Span(tokens[$0].span.end, raw.open)).contains(":") } ?? false
        if colon, let last = before.last { return (source(in: range.lowerBound..<(last + 1), recent: recent, forward: true), cueAfter) }
        return nil
    }

    /// Words that may stand between a quote and its verb: the source's own words.
    func isSourceWord(_ index: Int) -> Bool {
        let token = tokens[index]
        return token.isCapitalised || AttributionCues.pronouns[token.norm] != nil || token.norm == "the"
            || Vocabulary.roleNouns.contains(token.norm) || Vocabulary.roleModifiers.contains(token.norm)
    }

    func wordCount(_ span: Span) -> Int { tokens.filter { span.contains($0.span) }.count }

    /// The first word of the clause a participle belongs to: after the last "while", "but", "whereas".
    func clauseStart(before verb: Int, from start: Int) -> Int {
        var index = verb
        while index > start {
            if Self.clauseOpeners.contains(tokens[index - 1].norm) { return index }
            index -= 1
        }
        return start
    }
}
