/// A short neutral summary built only from sentences the articles contain: the most corroborated
/// facts first, none repeating another, each citing where it stands in every supporting article.
public enum Digest {
    static let maxSentences = 10
    static let minSentences = 5
    /// Word overlap above which a candidate says what a chosen sentence already says.
    static let maxRedundancy = 0.5
    /// Sentences longer than this read badly in a summary.
    static let maxWords = 60

    public static func sentences(_ articles: [AnalysedArticle], facts: [StoryFact], records: [FactRecord]) -> [DigestSentence] {
        func tokens(_ fact: StoryFact) -> [Token] {
            let member = fact.members[fact.representative]
            return Array(articles[member.article].language.tokens(of: articles[member.article].language.sentences[member.sentence]))
        }
        func isMostlyQuote(_ fact: StoryFact) -> Bool {
            let member = fact.members[fact.representative]
            let sentence = articles[member.article].language.sentences[member.sentence].span
            let quoted = articles[member.article].attribution.quotes.reduce(0) { total, quote in
                total + max(0, min(quote.span.end, sentence.end) - max(quote.span.start, sentence.start))
            }
            return Double(quoted) > 0.6 * Double(sentence.length)
        }
        let candidates = facts.indices.filter { index in
            let count = tokens(facts[index]).count
            return count >= FactGrouper.minFactWords && count <= maxWords && !isMostlyQuote(facts[index])
        }
        .sorted { a, b in
            (records[a].independentOutlets, records[a].support.count, -a) > (records[b].independentOutlets, records[b].support.count, -b)
        }
        var chosen: [Int] = []
        for index in candidates where chosen.count < maxSentences {
            if chosen.count >= minSentences && records[index].independentOutlets < 2 { break }
            let candidateTokens = tokens(facts[index])
            if chosen.contains(where: { TextSimilarity.containment(tokens(facts[$0]), candidateTokens) > maxRedundancy }) { continue }
            chosen.append(index)
        }
        return chosen.map { DigestSentence(text: records[$0].text, citations: records[$0].support, independentOutlets: records[$0].independentOutlets) }
    }
}
