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
        let priorStrength = settings.priorStrength
        // Terms: content words outside names and numbers, and pairs of adjacent content words.
        var counts: [[String: Int]] = []
        var firstSeen: [[String: (text: String, span: Span)]] = []
        for analysed in articles {
            let language = analysed.language
            // The outlet's own words: not names, not what it quotes others saying.
            let quotes = analysed.attribution.quotes.map(\.span)
            var nameTokens = Set<Int>()
            for mention in language.names { for index in mention.firstToken..<(mention.firstToken + mention.tokenCount) { nameTokens.insert(index) } }
            var articleCounts: [String: Int] = [:]
            var seen: [String: (String, Span)] = [:]
            func add(_ key: String, _ span: Span) {
                articleCounts[key, default: 0] += 1
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
            counts.append(articleCounts)
            firstSeen.append(seen)
        }
        var background: [String: Int] = [:]
        for articleCounts in counts { for (term, count) in articleCounts { background[term, default: 0] += count } }
        let backgroundTotal = Double(background.values.reduce(0, +))
        guard backgroundTotal > 0 else { return [] }

        return articles.indices.map { index in
            let own = counts[index]
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
            scored.sort { ($0.score, $0.term) > ($1.score, $1.term) }
            // A word that is already part of a chosen phrase adds nothing.
            var chosen: [FramingTerm] = []
            var covered = Set<String>()
            for (term, score) in scored where score >= settings.minScore && chosen.count < settings.termsPerArticle {
                let parts = term.split(separator: " ").map(String.init)
                if parts.count == 1 && covered.contains(term) { continue }
                if parts.count == 2 && own[term]! < 2 && parts.allSatisfy(covered.contains) { continue }
                covered.formUnion(parts)
                let first = firstSeen[index][term]!
                chosen.append(FramingTerm(text: first.text, span: first.span, score: (score * 100).rounded() / 100, count: own[term]!))
            }
            return FramingRecord(article: articles[index].id, terms: chosen)
        }
    }
}
