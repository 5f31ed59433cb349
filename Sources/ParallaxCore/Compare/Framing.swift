import Foundation

/// The words and phrases distinctive of each outlet against the others: weighted log-odds with an
/// informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), so rare words do not dominate.
public enum Framing {
    /// Words too general to say anything about how a story is framed.
    static let genericWords: Set<String> = [
        "going", "need", "way", "like", "following", "actually", "make", "made", "take", "took", "get", "got",
        "one", "two", "first", "last", "new", "time", "year", "years", "week", "day", "days", "thing", "things",
        "well", "even", "much", "many", "still", "just", "really", "also", "would", "could", "may", "might",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    ]

    public static func terms(_ articles: [AnalysedArticle], settings: FramingSettings = FramingSettings()) -> [FramingRecord] {
        let counted = articles.map { counts($0, settings: settings) }
        var background: [String: Int] = [:]
        for article in counted { for (term, count) in article.counts { background[term, default: 0] += count } }
        let backgroundTotal = Double(background.values.reduce(0, +))
        guard backgroundTotal > 0 else { return [] }
        return articles.indices.map { index in
            let scored = logOdds(counted[index].counts, background: background, backgroundTotal: backgroundTotal, settings: settings)
            return FramingRecord(article: articles[index].id, terms: chosen(scored, counted[index], settings: settings))
        }
    }

    /// One article's terms: content words outside names, numbers and quotations (the outlet's own
    /// words, not what it quotes others saying), and pairs of adjacent ones; each with its first place.
    static func counts(_ analysed: AnalysedArticle, settings: FramingSettings) -> (counts: [String: Int], firstSeen: [String: (text: String, span: Span)]) {
        let language = analysed.language
        let quotes = analysed.attribution.quotes.map(\.span)
        var nameTokens = Set<Int>()
        for mention in language.names { for index in mention.firstToken..<(mention.firstToken + mention.tokenCount) { nameTokens.insert(index) } }
        var counts: [String: Int] = [:]
        var seen: [String: (text: String, span: Span)] = [:]
        func add(_ key: String, _ span: Span) {
            counts[key, default: 0] += 1
            if seen[key] == nil { seen[key] = (analysed.text.slice(span), span) }
        }
        for sentence in language.sentences {
            var previous: Int?
            for index in sentence.tokens {
                let token = language.tokens[index]
                let usable = token.isContent && !token.isNumber && !nameTokens.contains(index) && token.norm.count >= settings.minWordLength
                    && !AttributionCues.speechVerbs.contains(token.norm) && !genericWords.contains(token.norm)
                    && !quotes.contains(where: { $0.contains(token.span) })
                if usable {
                    add(token.stem, token.span)
                    if let previous { add(language.tokens[previous].stem + " " + token.stem, Span(language.tokens[previous].span.start, token.span.end)) }
                }
                previous = usable ? index : nil
            }
        }
        return (counts, seen)
    }

    /// Each term's z-scored log-odds of this article against the rest, most distinctive first.
    static func logOdds(_ own: [String: Int], background: [String: Int], backgroundTotal: Double, settings: FramingSettings) -> [(term: String, score: Double)] {
        let priorStrength = settings.priorStrength
        let ownTotal = Double(own.values.reduce(0, +))
        let restTotal = backgroundTotal - ownTotal
        var scored: [(term: String, score: Double)] = []
        for (term, count) in own {
            let prior = priorStrength * Double(background[term]!) / backgroundTotal
            let rest = Double(background[term]! - count)
            let yi = Double(count)
            let delta = log((yi + prior) / (ownTotal + priorStrength - yi - prior))
                - log((rest + prior) / (restTotal + priorStrength - rest - prior))
            let variance = 1 / (yi + prior) + 1 / (rest + prior)
            scored.append((term, delta / variance.squareRoot()))
        }
        return scored.sorted { ($0.score, $0.term) > ($1.score, $1.term) }
    }

    /// The best terms, none a word already part of a chosen phrase.
    static func chosen(_ scored: [(term: String, score: Double)], _ counted: (counts: [String: Int], firstSeen: [String: (text: String, span: Span)]),
                       settings: FramingSettings) -> [FramingTerm] {
        var chosen: [FramingTerm] = []
        var covered = Set<String>()
        for (term, score) in scored where score >= settings.minScore && chosen.count < settings.termsPerArticle {
            let parts = term.split(separator: " ").map(String.init)
            if parts.count == 1 && covered.contains(term) { continue }
            if parts.count == 2 && counted.counts[term]! < settings.minPhraseUses && parts.allSatisfy(covered.contains) { continue }
            covered.formUnion(parts)
            let first = counted.firstSeen[term]!
            chosen.append(FramingTerm(text: first.text, span: first.span, score: (score * 100).rounded() / 100, count: counted.counts[term]!))
        }
        return chosen
    }
}
