/// A short neutral summary built only from sentences the articles contain: the most corroborated
/// facts first, none repeating another, each citing where it stands in every supporting article.
public enum Digest {
    public static func sentences(_ articles: [AnalysedArticle], facts: [StoryFact], records: [FactRecord],
                                 entities: EntityIndex, independence: SourceIndependence,
                                 settings: CompareSettings = CompareSettings()) -> [DigestSentence] {
        let digest = settings.digest
        func tokens(_ fact: StoryFact) -> [Token] {
            let member = fact.members[fact.representative]
            return Array(articles[member.article].language.tokens(of: articles[member.article].language.sentences[member.sentence]))
        }
        /// Someone's words, not the reporter's, in any of its articles: if one outlet prints the sentence
        /// inside quotation marks, it is a quotation wherever it stands ("What this race needs is a red flag."
        /// is Vettel's, in double marks in one paper and single marks in another).
        func isQuoted(_ member: (article: Int, sentence: Int)) -> Bool {
            let analysed = articles[member.article]
            let sentence = analysed.language.sentences[member.sentence]
            let quoted = analysed.attribution.quotes.reduce(0) { total, quote in
                total + max(0, min(quote.span.end, sentence.span.end) - max(quote.span.start, sentence.span.start))
            }
            if Double(quoted) > digest.maxQuotedShare * Double(sentence.span.length) { return true }
            let blocks = analysed.article.bodyBlocks
            let paragraph = sentence.paragraph < blocks.count ? analysed.text.slice(blocks[sentence.paragraph].span) : ""
            return SentenceShape.isQuotation(analysed.text.slice(sentence.span), paragraph: paragraph)
        }
        func isMostlyQuote(_ fact: StoryFact) -> Bool { fact.members.contains { isQuoted($0) } }
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
        // Each citation must itself say what the line says: most of the line's content words in it, not
        // only a likeness to some other sentence of the fact.
        func stems(_ article: Int, _ sentence: Int) -> Set<String> {
            Set(articles[article].language.tokens(of: articles[article].language.sentences[sentence]).filter(\.isContent).map(\.stem))
        }
        func numbers(_ article: Int, _ sentence: Int) -> Set<Double> {
            Set(articles[article].language.numbers.filter { $0.sentence == sentence && !$0.isAge }.map(\.value))
        }
        /// The story's entities a sentence names, and the stems of the words of those names.
        func named(_ article: Int, _ sentence: Int) -> (entities: Set<Int>, stems: Set<String>) {
            var found = Set<Int>(), words = Set<String>()
            let language = articles[article].language
            for mention in language.names where mention.sentence == sentence {
                if let entity = entities.entity(article: article, mention: mention) { found.insert(entity) }
                for token in language.tokens[mention.firstToken..<min(language.tokens.count, mention.firstToken + mention.tokenCount)] {
                    words.insert(token.stem)
                }
            }
            return (found, words)
        }
        let lines = chosen.enumerated().compactMap { position, index -> DigestSentence? in
            let fact = facts[index]
            let line = fact.members[fact.representative]
            let lineStems = stems(line.article, line.sentence)
            let lineNames = named(line.article, line.sentence)
            // What the line says of its names and numbers: the content words that are neither.
            let lineNumbers = numbers(line.article, line.sentence)
            let linePredicate = lineStems.subtracting(lineNames.stems).filter { stem in !stem.unicodeScalars.contains { $0.properties.numericType != nil } }
            let kept = fact.members.filter { member in
                if member.article == line.article && member.sentence == line.sentence { return true }
                let other = stems(member.article, member.sentence)
                let shared = lineStems.intersection(other).count
                guard shared >= digest.minSharedCitationWords,
                      Double(shared) >= digest.minCitationOverlap * Double(lineStems.count) else { return false }
                // Every one the line names, named there too: "Tunisia has been in a state of emergency since
                // November 2015" is not cited by France's state of emergency of November 2015.
                guard lineNames.entities.isSubset(of: named(member.article, member.sentence).entities) else { return false }
                // And most of what it says of them: shared names and numbers make the topic, not the claim
                // ("Rosberg … will seal the championship if he wins" is not "Hamilton trails Rosberg by 19 points").
                guard Double(linePredicate.intersection(other).count) >= digest.minCitationPredicateShare * Double(linePredicate.count) else { return false }
                // The same numbers, where both give numbers: "three Russian transfers" is not cited by "30 Chinese ones".
                let otherNumbers = numbers(member.article, member.sentence)
                return lineNumbers.isEmpty || otherNumbers.isEmpty || !lineNumbers.isDisjoint(with: otherNumbers)
            }
            let keptArticles = Set(kept.map(\.article))
            let citations = records[index].support.filter { citation in keptArticles.contains { articles[$0].id == citation.article } }
            // Independent origins among the citations that stand (two papers printing one wire count once).
            let outlets = independence.independentCount(kept.map(\.article))
            if position >= digest.minSentences, outlets < digest.minOutletsPastMinimum { return nil }
            return DigestSentence(text: records[index].text, citations: citations, independentOutlets: outlets)
        }
        // Most corroborated first, by the citations that stand.
        return lines.enumerated().sorted { ($0.element.independentOutlets, -$0.offset) > ($1.element.independentOutlets, -$1.offset) }.map(\.element)
    }
}
