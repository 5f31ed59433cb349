import Foundation

/// A statement that one or more articles make: one sentence from each supporting article.
public struct StoryFact: Sendable {
    /// (article index, sentence index), one per article.
    public var members: [(article: Int, sentence: Int)]
    /// Which member's wording stands for the fact.
    public var representative: Int
}

/// Groups sentences from different articles that state the same thing, by weighted word overlap
/// (names merged across spellings), at most one sentence per article in a fact.
public enum FactGrouper {
    /// Cosine similarity (inverse-document-frequency weights) at which two sentences state the same fact.
    static let sameFactSimilarity = 0.2
    /// Sentences shorter than this are not facts on their own.
    static let minFactWords = 5
    /// Share of `sameFactSimilarity` that two groups must reach on average to merge.
    static let averageLinkShare = 0.75

    public static func group(_ articles: [AnalysedArticle], entities: EntityIndex) -> [StoryFact] {
        var units: [(article: Int, sentence: Int, terms: Set<String>)] = []
        for (articleIndex, analysed) in articles.enumerated() {
            for (sentenceIndex, _) in analysed.language.sentences.enumerated() {
                let terms = termSet(analysed, article: articleIndex, sentence: sentenceIndex, entities: entities)
                if analysed.language.sentences[sentenceIndex].tokens.count >= minFactWords && !terms.isEmpty {
                    units.append((articleIndex, sentenceIndex, terms))
                }
            }
        }
        var documentFrequency: [String: Int] = [:]
        for unit in units { for term in unit.terms { documentFrequency[term, default: 0] += 1 } }
        let total = Double(max(units.count, 1))
        func weight(_ term: String) -> Double {
            let idf = log(1 + total / Double(documentFrequency[term] ?? 1))
            return idf * idf
        }
        // Sums run over sorted terms: a set's order changes from run to run, and float sums with it.
        let norms = units.map { unit in unit.terms.sorted().reduce(0.0) { $0 + weight($1) }.squareRoot() }
        var pairs: [(a: Int, b: Int, similarity: Double)] = []
        var pairSimilarity: [Int: Double] = [:]
        func similarity(_ a: Int, _ b: Int) -> Double { pairSimilarity[min(a, b) * units.count + max(a, b)] ?? 0 }
        var membersOf: [Int: [Int]] = Dictionary(uniqueKeysWithValues: units.indices.map { ($0, [$0]) })
        // Only sentences that share a term can be alike: walk an inverted index instead of all pairs.
        let sortedTerms = units.map { $0.terms.sorted() }
        var postings: [String: [Int]] = [:]
        for (index, terms) in sortedTerms.enumerated() { for term in terms { postings[term, default: []].append(index) } }
        for a in units.indices {
            var dot: [Int: Double] = [:]
            var count: [Int: Int] = [:]
            for term in sortedTerms[a] {
                let termWeight = weight(term)
                for b in postings[term]! where b > a && units[b].article != units[a].article {
                    dot[b, default: 0] += termWeight
                    count[b, default: 0] += 1
                }
            }
            for b in dot.keys.sorted() where count[b]! >= 2 {
                let similarity = dot[b]! / (norms[a] * norms[b])
                if similarity >= sameFactSimilarity { pairs.append((a, b, similarity)) }
                pairSimilarity[a * units.count + b] = similarity
            }
        }
        pairs.sort { ($0.similarity, -$0.a, -$0.b) > ($1.similarity, -$1.a, -$1.b) }
        var sets = UnionFind(count: units.count)
        var articlesOf: [Int: Set<Int>] = Dictionary(uniqueKeysWithValues: units.indices.map { ($0, [units[$0].article]) })
        var similarityOf: [Int: [Int: Double]] = [:]
        for pair in pairs {
            let rootA = sets.find(pair.a)
            let rootB = sets.find(pair.b)
            guard rootA != rootB, articlesOf[rootA]!.isDisjoint(with: articlesOf[rootB]!) else { continue }
            // Average link: the two groups must be alike as wholes, not just through their closest pair,
            // so that a chain of loosely related sentences does not become one fact.
            let left = membersOf[rootA]!
            let right = membersOf[rootB]!
            let average = left.reduce(0.0) { total, a in right.reduce(total) { $0 + similarity(a, $1) } } / Double(left.count * right.count)
            guard average >= sameFactSimilarity * averageLinkShare else { continue }
            sets.union(rootA, rootB)
            let root = sets.find(rootA)
            articlesOf[root] = articlesOf[rootA]!.union(articlesOf[rootB]!)
            membersOf[root] = left + right
            similarityOf[pair.a, default: [:]][pair.b] = pair.similarity
            similarityOf[pair.b, default: [:]][pair.a] = pair.similarity
        }
        return sets.groups().map { group in
            let members = group.map { (units[$0].article, units[$0].sentence) }
            // The member most like the others speaks for the fact.
            let centrality = group.map { member in group.reduce(0.0) { $0 + (similarityOf[member]?[$1] ?? 0) } }
            let best = centrality.indices.max { (centrality[$0], -$0) < (centrality[$1], -$1) } ?? 0
            return StoryFact(members: members, representative: best)
        }
    }

    /// Content-word stems of a sentence, with each name replaced by its merged entity.
    static func termSet(_ analysed: AnalysedArticle, article: Int, sentence: Int, entities: EntityIndex) -> Set<String> {
        let language = analysed.language
        let range = language.sentences[sentence].tokens
        var inName: [Int: String] = [:]
        for mention in language.names where mention.sentence == sentence {
            let id = entities.entity(article: article, mention: mention).map { "#\($0)" } ?? "#" + mention.text.lowercased()
            for token in mention.firstToken..<(mention.firstToken + mention.tokenCount) { inName[token] = id }
        }
        var terms = Set<String>()
        for index in range {
            if let entity = inName[index] {
                terms.insert(entity)
            } else if language.tokens[index].isContent && !AttributionCues.speechVerbs.contains(language.tokens[index].norm) {
                terms.insert(language.tokens[index].stem)
            }
        }
        return terms
    }
}
