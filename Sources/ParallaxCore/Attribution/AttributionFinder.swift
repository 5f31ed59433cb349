/// The attribution stage, first cut: direct quotes with their speakers, the speakers of
/// "X said …" sentences, and credits to other outlets.
public enum AttributionFinder {
    /// Quotes shorter than this are scare quotes or fragments.
    static let minSalientQuoteWords = 3

    /// With a `tagger`, reported and mixed speech in the body joins the direct quotes as statements.
    public static func analyse(_ article: Article, language: LanguageAnalysis, tagger: AttributionModel? = nil) -> AttributionAnalysis {
        let text = article.text
        let tokens = language.tokens
        var mentionAt: [Int: NameMention] = [:]
        for mention in language.names { mentionAt[mention.firstToken] = mention }

        // Quote spans first, so that reported speech is not read inside quotes.
        var rawQuotes: [(open: Int, close: Int, block: Int)] = []
        for (blockIndex, block) in article.bodyBlocks.enumerated() {
            for pair in QuoteMarks.pairs(in: text, block: block.span) { rawQuotes.append((pair.open, pair.close, blockIndex)) }
        }
        func insideQuote(_ offset: Int) -> Bool { rawQuotes.contains { $0.open < offset && offset < $0.close } }
        let resolver = SpeakerResolver(text: text, language: language, quoteSpans: rawQuotes.map { Span($0.open, $0.close) })

        /// The source standing in tokens[range]: the last name, pronoun or role nominal there.
        /// With `forward`, the first one: the subject of a clause ("Putin …, stating") or the name after "said".
        func source(in range: Range<Int>, recent: (name: String, sentence: Int)?, forward: Bool = false, peopleOnly: Bool = true) -> (span: Span, text: String, speaker: String?)? {
            guard !range.isEmpty else { return nil }
            // Reading forward, a person is the likelier subject; an organisation ("Moscow insists") only failing one.
            if forward && peopleOnly {
                return source(in: range, recent: recent, forward: true, peopleOnly: true, strict: true)
                    ?? source(in: range, recent: recent, forward: true, peopleOnly: false)
            }
            return source(in: range, recent: recent, forward: forward, peopleOnly: peopleOnly, strict: false)
        }
        func source(in range: Range<Int>, recent: (name: String, sentence: Int)?, forward: Bool, peopleOnly: Bool, strict: Bool) -> (span: Span, text: String, speaker: String?)? {
            let order: [Int] = forward ? Array(range) : range.reversed()
            for index in order where !insideQuote(tokens[index].span.start) {
                let token = tokens[index]
                if let mention = language.names.first(where: { $0.firstToken <= index && index < $0.firstToken + $0.tokenCount }) {
                    // Reading forward for a clause's subject, pass over "the Valdai club in Sochi" to the person.
                    if strict && !resolver.isPerson(mention) { continue }
                    return (mention.span, mention.text, resolver.fullName(mention))
                }
                if let kind = AttributionCues.pronouns[token.norm], kind == .person {
                    return (token.span, token.text, resolver.resolvePronoun(at: token.span.start, sentence: token.sentence, recentSpeaker: recent))
                }
                if Vocabulary.roleNouns.contains(token.norm) {
                    // "the Russian president": up to three words back to a determiner.
                    var start = index
                    while start > range.lowerBound, index - start < 3, !tokens[start - 1].isStopword { start -= 1 }
                    if start > range.lowerBound, tokens[start - 1].norm == "the" { start -= 1 }
                    let words = tokens[start...index].map(\.norm)
                    let span = Span(tokens[start].span.start, token.span.end)
                    return (span, text.slice(span), resolver.resolveNominal(words, before: span.start))
                }
            }
            return nil
        }

        // Reported speech: each speech verb outside quotes, and its subject.
        var reported: [Int: String] = [:]
        var recent: (name: String, sentence: Int)?
        var speakerBySentence: [Int: String] = [:]
        for (sentenceIndex, sentence) in language.sentences.enumerated() {
            for index in sentence.tokens where AttributionCues.speechVerbs.contains(tokens[index].norm) && !insideQuote(tokens[index].span.start) {
                let from = max(sentence.tokens.lowerBound, index - AttributionCues.maxSubjectGap)
                var found = source(in: from..<index, recent: recent)
                if found == nil, index + 1 < sentence.tokens.upperBound {
                    found = source(in: (index + 1)..<min(sentence.tokens.upperBound, index + 4), recent: recent)
                }
                if let speaker = found?.speaker {
                    reported[sentenceIndex] = reported[sentenceIndex] ?? speaker
                    speakerBySentence[sentenceIndex] = speaker
                    recent = (speaker, sentenceIndex)
                    break
                }
            }
        }

        var quotes: [Quote] = []
        var lastQuoteSpeaker: (block: Int, speaker: String)?
        recent = nil
        for raw in rawQuotes {
            var content = text.trimmed(Span(raw.open + 1, raw.close))
            while content.length > 0, [",", " "].contains(text.scalars[content.end - 1]) { content.end -= 1 }
            guard content.length > 0, text.scalars[content.start..<content.end].contains(where: { $0.properties.isAlphabetic }) else { continue }
            guard let sentence = language.sentences.firstIndex(where: { $0.span.start <= raw.open && raw.open < $0.span.end })
                    ?? language.sentences.firstIndex(where: { $0.span.start > raw.open }) else { continue }
            let sentenceRange = language.sentences[sentence].tokens
            let closeSentence = language.sentences.firstIndex(where: { $0.span.start <= raw.close && raw.close < $0.span.end }) ?? sentence
            let closeRange = language.sentences[closeSentence].tokens
            var found: (span: Span, text: String, speaker: String?)?
            var cue: Span?

            // After the quote: `," he said`, `," said Putin`, `," Kremlin spokesperson Dmitry Peskov said`,
            // with nothing but the source between the quote and the verb.
            let after = closeRange.filter { tokens[$0].span.start > raw.close }
            if let first = after.first, text.slice(Span(raw.close, tokens[first].span.start)).allSatisfy({ " ,\"”’'—–-".contains($0) }) {
                let window = Array(after.prefix(7))
                if let verbPosition = window.firstIndex(where: { AttributionCues.speechVerbs.contains(tokens[$0].norm) }),
                   window[..<verbPosition].allSatisfy({ isSourceWord($0) }) {
                    let verb = window[verbPosition]
                    cue = tokens[verb].span
                    found = verbPosition == 0
                        ? source(in: (verb + 1)..<min(closeRange.upperBound, verb + 5), recent: recent, forward: true)
                        : source(in: first..<verb, recent: recent)
                }
            }
            // Before it, in the same sentence: `he remarked, “…”`, `Putin …, stating, “…”`, `The Kremlin chief …: "…"`.
            if found == nil {
                let before = sentenceRange.filter { tokens[$0].span.end <= raw.open && !insideQuote(tokens[$0].span.start) }
                let colon = before.last.map { text.slice(Span(tokens[$0].span.end, raw.open)).contains(":") } ?? false
                if let verb = before.last(where: { AttributionCues.speechVerbs.contains(tokens[$0].norm) }) {
                    cue = tokens[verb].span
                    let start = sentenceRange.lowerBound
                    if tokens[verb].norm.hasSuffix("ing"), verb > start, let name = language.names.first(where: { $0.firstToken + $0.tokenCount == verb }),
                       tokens[verb].span.start - name.span.end <= 1 {
                        // "with spokesman Dmitry Peskov noting …"
                        found = (name.span, name.text, resolver.fullName(name))
                    } else {
                        // The verb's clause's subject: "…, while Trump maintained …, stating"; "Trump said … but added".
                        found = source(in: clauseStart(before: verb, from: start)..<verb, recent: recent, forward: true)
                            ?? source(in: start..<verb, recent: recent, forward: true)
                    }
                } else if colon, let last = before.last {
                    found = source(in: sentenceRange.lowerBound..<(last + 1), recent: recent, forward: true)
                }
            }
            var speaker = found?.speaker
            // A quote with no cue of its own goes on from the one before it in the paragraph,
            // or from the speaker of the sentence before.
            // (A source that was found but not resolved, like "the Kremlin chief", stays unresolved.)
            // A paragraph that is only a quote goes on from the quote in the paragraph before.
            if found == nil, let last = lastQuoteSpeaker, last.block == raw.block || last.block == raw.block - 1 { speaker = last.speaker }
            if found == nil, speaker == nil, sentence > 0 { speaker = speakerBySentence[sentence - 1] ?? reported[sentence - 1] }
            // Scare quotes ("ready", "one day") do not make their speaker the one a later "he" means.
            if let speaker, wordCount(content) >= minSalientQuoteWords {
                recent = (speaker, sentence)
                lastQuoteSpeaker = (raw.block, speaker)
            }
            quotes.append(Quote(span: content, text: text.slice(content), sourceSpan: found?.span, sourceText: found?.text,
                                speaker: speaker, cueSpan: cue, sentence: sentence))
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
                if ["while", "whilst", "whereas", "but", "although", "though"].contains(tokens[index - 1].norm) { return index }
                index -= 1
            }
            return start
        }
        let credits = CreditFinder.find(article, language: language, mentionAt: mentionAt, resolver: resolver)
        var analysis = AttributionAnalysis(quotes: quotes, credits: credits, reportedSpeakers: reported)
        if let tagger {
            // Only the body: captions and furniture are in the text too, struck through in the report.
            let body = article.bodyBlocks.map(\.span)
            let tagged = tagger.attributions(in: text.string).filter { attribution in
                attribution.content.allSatisfy { fragment in body.contains { $0.contains(fragment) } }
            }
            analysis.reported = ReportedSpeech.statements(tagged, article: article, language: language, resolver: resolver, quotes: quotes)
        }
        return analysis
    }
}
