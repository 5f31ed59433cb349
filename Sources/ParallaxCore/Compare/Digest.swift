/// A short neutral summary built only from sentences the articles contain: the most corroborated
/// facts first, none repeating another, each citing where it stands in every supporting article.
public enum Digest {
    public static func sentences(_ articles: [AnalysedArticle], facts: [StoryFact], records: [FactRecord],
                                 settings: CompareSettings = CompareSettings()) -> [DigestSentence] {
        let digest = settings.digest
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
            return Double(quoted) > digest.maxQuotedShare * Double(sentence.length)
        }
        let candidates = facts.indices.filter { index in
            let count = tokens(facts[index]).count
            return count >= settings.facts.minFactWords && count <= digest.maxWords && !isMostlyQuote(facts[index])
                && SentenceShape.standsAlone(tokens(facts[index]))
        }
        .sorted { a, b in
            (records[a].independentOutlets, records[a].support.count, -a) > (records[b].independentOutlets, records[b].support.count, -b)
        }
        var chosen: [Int] = []
        for index in candidates where chosen.count < digest.maxSentences {
            if chosen.count >= digest.minSentences && records[index].independentOutlets < digest.minOutletsPastMinimum { break }
            let candidateTokens = tokens(facts[index])
            if chosen.contains(where: {
                TextSimilarity.containment(tokens(facts[$0]), candidateTokens, stopwordWeight: settings.stopwordWeight) > digest.maxRedundancy
            }) { continue }
            chosen.append(index)
        }
        // Each citation must itself say what the line says: most of the shorter one's content words in
        // the other, not only a likeness to some other sentence of the fact.
        func stems(_ article: Int, _ sentence: Int) -> Set<String> {
            Set(articles[article].language.tokens(of: articles[article].language.sentences[sentence]).filter(\.isContent).map(\.stem))
        }
        func numbers(_ article: Int, _ sentence: Int) -> Set<Double> {
            Set(articles[article].language.numbers.filter { $0.sentence == sentence && !$0.isAge }.map(\.value))
        }
        let lines = chosen.enumerated().compactMap { position, index -> DigestSentence? in
            let fact = facts[index]
            let line = fact.members[fact.representative]
            let lineStems = stems(line.article, line.sentence)
            let kept = fact.members.filter { member in
                if member.article == line.article && member.sentence == line.sentence { return true }
                let other = stems(member.article, member.sentence)
                let shared = lineStems.intersection(other).count
                guard shared >= digest.minSharedCitationWords,
                      Double(shared) >= digest.minCitationOverlap * Double(min(lineStems.count, other.count)) else { return false }
                // The same numbers, where both give numbers: "three Russian transfers" is not cited by "30 Chinese ones".
                let lineNumbers = numbers(line.article, line.sentence)
                let otherNumbers = numbers(member.article, member.sentence)
                return lineNumbers.isEmpty || otherNumbers.isEmpty || !lineNumbers.isDisjoint(with: otherNumbers)
            }
            let keptArticles = Set(kept.map(\.article))
            let citations = records[index].support.filter { citation in keptArticles.contains { articles[$0].id == citation.article } }
            let outlets = min(records[index].independentOutlets, Set(kept.map { articles[$0.article].outlet }).count)
            if position >= digest.minSentences, outlets < digest.minOutletsPastMinimum { return nil }
            return DigestSentence(text: records[index].text, citations: citations, independentOutlets: outlets)
        }
        // Most corroborated first, by the citations that stand.
        return lines.enumerated().sorted { ($0.element.independentOutlets, -$0.offset) > ($1.element.independentOutlets, -$1.offset) }.map(\.element)
    }
}
