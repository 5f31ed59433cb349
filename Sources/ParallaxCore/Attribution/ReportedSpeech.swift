/// Reported and mixed speech from the attribution tagger, as statements the compare stage groups
/// beside direct quotes: "Peskov said Russia would not initiate contact" becomes a statement by
/// Dmitry Peskov, its source resolved to the article's fullest name for that person when the
/// source is a pronoun ("he") or a role ("the Kremlin spokesman").
enum ReportedSpeech {
    /// Pronouns resolved to a person; others ("it", "they") stay as written.
    static let personPronouns: Set<String> = ["he", "she", "him", "her"]
    /// Determiners dropped before a nominal source is matched to a role.
    static let determiners: Set<String> = ["the", "a", "an", "this", "that", "its", "his", "her", "their"]

    static func statements(_ tagged: [TaggedAttribution], article: Article, language: LanguageAnalysis,
                           resolver: SpeakerResolver, quotes: [Quote], settings: AttributionSettings) -> [Quote] {
        let text = article.text
        var result: [Quote] = []
        for attribution in tagged where attribution.kind != .direct {
            // The longest fragment stands for the statement: a hull over `"A," he said, "B"` would hold the cue.
            guard let longest = attribution.content.max(by: { $0.length < $1.length }) else { continue }
            let hull = text.trimmed(longest)
            // Mostly quoted already: the quotation-mark reader holds it, with its speaker.
            let quoted = quotes.reduce(0) { $0 + max(0, min($1.span.end, hull.end) - max($1.span.start, hull.start)) }
            guard !hull.isEmpty, Double(quoted) < settings.maxReportedQuotedShare * Double(hull.length) else { continue }
            let sentence = language.sentences.firstIndex { $0.span.contains(Span(hull.start, hull.start + 1)) } ?? 0
            var quote = Quote(span: hull, text: text.slice(hull), sourceSpan: attribution.source,
                              sourceText: attribution.source.map(text.slice), speaker: nil, cueSpan: attribution.cue, sentence: sentence)
            quote.kind = attribution.kind
            if let source = attribution.source { quote.speaker = speaker(source, sentence: sentence, text: text, language: language, resolver: resolver) }
            result.append(quote)
        }
        return result
    }

    /// The person or organisation a source refers to: a name in it, a pronoun's antecedent, or the
    /// person the article gave the role it names.
    static func speaker(_ source: Span, sentence: Int, text: ScalarText, language: LanguageAnalysis, resolver: SpeakerResolver) -> String? {
        let mentions = resolver.names.filter { source.contains($0.span) || $0.span.contains(source) }
        // The person named first is the head ("Kurt Volker, the former envoy to Ukraine").
        if let person = mentions.first(where: resolver.isPerson) { return resolver.fullName(person) }
        let words = WordNormal.norm(text.slice(source)).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        if words.count == 1, personPronouns.contains(words[0]) {
            return resolver.resolvePronoun(at: source.start, sentence: sentence, recentSpeaker: nil)
        }
        // "The president-elect", "US president-elect": the person the article gave that role, else the organisation named.
        let nominal = Array(words.drop { determiners.contains($0) })
        if nominal.count > 1 || mentions.isEmpty, !nominal.isEmpty, let person = resolver.resolveNominal(nominal, before: source.start) {
            return person
        }
        return mentions.first.map(resolver.fullName)
    }
}
