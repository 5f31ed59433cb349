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
    /// A sentence that may state a fact, with its terms.
    struct Unit {
        var article: Int
        var sentence: Int
        var terms: Set<String>
    }

    public static func group(_ articles: [AnalysedArticle], entities: EntityIndex, settings: FactSettings = FactSettings()) -> [StoryFact] {
        let units = self.units(articles, entities: entities, settings: settings)
        let similarity = PairSimilarity(units, settings: settings)
        let sets = mergeByAverageLink(units, similarity, settings: settings)
        return sets.groups.flatMap { group -> [StoryFact] in
            // The member most like the others speaks for the fact.
            let centrality = group.map { member in group.reduce(0.0) { $0 + (sets.linked[member]?[$1] ?? 0) } }
            let best = centrality.indices.max { (centrality[$0], -$0) < (centrality[$1], -$1) } ?? 0
            // A fact's every sentence must say what its representative says, not only resemble a sentence
            // that does: those that do not stand as facts of their own (a citation must support its line).
            let kept = group.indices.filter { $0 == best || similarity(group[$0], group[best]) >= settings.minMemberSimilarity }
            let representative = kept.firstIndex(of: best)!
            let fact = StoryFact(members: kept.map { (units[group[$0]].article, units[group[$0]].sentence) }, representative: representative)
            let left = group.indices.filter { !kept.contains($0) }.map { StoryFact(members: [(units[group[$0]].article, units[group[$0]].sentence)], representative: 0) }
            return [fact] + left
        }
    }

    /// Every sentence long enough to state a fact, with its terms.
    static func units(_ articles: [AnalysedArticle], entities: EntityIndex, settings: FactSettings) -> [Unit] {
        var units: [Unit] = []
        for (articleIndex, analysed) in articles.enumerated() {
            for (sentenceIndex, sentence) in analysed.language.sentences.enumerated() {
                let terms = termSet(analysed, article: articleIndex, sentence: sentenceIndex, entities: entities)
                if sentence.tokens.count >= settings.minFactWords && !terms.isEmpty
                    && SentenceShape.statesSomething(analysed.text.slice(sentence.span), tokens: analysed.language.tokens[sentence.tokens]) {
                    units.append(Unit(article: articleIndex, sentence: sentenceIndex, terms: terms))
                }
            }
        }
        return units
    }

    /// Cosine similarities (squared-IDF weights) of the sentence pairs of different articles that
    /// share enough terms, found through an inverted index instead of all pairs; and the pairs alike
    /// enough to be one fact, most alike first.
    struct PairSimilarity {
        var values: [Int: Double] = [:]
        var count: Int
        var pairs: [(a: Int, b: Int, similarity: Double)] = []

        init(_ units: [Unit], settings: FactSettings) {
            count = units.count
            var documentFrequency: [String: Int] = [:]
            for unit in units { for term in unit.terms { documentFrequency[term, default: 0] += 1 } }
            let total = Double(max(units.count, 1))
            func weight(_ term: String) -> Double {
                let idf = log(1 + total / Double(documentFrequency[term] ?? 1))
                return idf * idf
            }
            // Sums run over sorted terms: a set's order changes from run to run, and float sums with it.
            let sortedTerms = units.map { $0.terms.sorted() }
            let norms = sortedTerms.map { terms in terms.reduce(0.0) { $0 + weight($1) }.squareRoot() }
            var postings: [String: [Int]] = [:]
            for (index, terms) in sortedTerms.enumerated() { for term in terms { postings[term, default: []].append(index) } }
            for a in units.indices {
                var dot: [Int: Double] = [:]
                var shared: [Int: Int] = [:]
                for term in sortedTerms[a] {
                    let termWeight = weight(term)
                    for b in postings[term]! where b > a && units[b].article != units[a].article {
                        dot[b, default: 0] += termWeight
                        shared[b, default: 0] += 1
                    }
                }
                for b in dot.keys.sorted() where shared[b]! >= settings.minSharedTerms {
                    let similarity = dot[b]! / (norms[a] * norms[b])
                    if similarity >= settings.sameFactSimilarity { pairs.append((a, b, similarity)) }
                    values[a * units.count + b] = similarity
                }
            }
            pairs.sort { ($0.similarity, -$0.a, -$0.b) > ($1.similarity, -$1.a, -$1.b) }
        }

        func callAsFunction(_ a: Int, _ b: Int) -> Double { values[min(a, b) * count + max(a, b)] ?? 0 }
    }

    /// Facts grown from the most alike pairs, one sentence per article in a fact. Average link: two
    /// groups must be alike as wholes, not just through their closest pair, so that a chain of
    /// loosely related sentences does not become one fact. Also the pairs that linked them.
    static func mergeByAverageLink(_ units: [Unit], _ similarity: PairSimilarity, settings: FactSettings)
        -> (groups: [[Int]], linked: [Int: [Int: Double]]) {
        var sets = UnionFind(count: units.count)
        var membersOf: [Int: [Int]] = Dictionary(uniqueKeysWithValues: units.indices.map { ($0, [$0]) })
        var articlesOf: [Int: Set<Int>] = Dictionary(uniqueKeysWithValues: units.indices.map { ($0, [units[$0].article]) })
        var linked: [Int: [Int: Double]] = [:]
        for pair in similarity.pairs {
            let rootA = sets.find(pair.a)
            let rootB = sets.find(pair.b)
            guard rootA != rootB, articlesOf[rootA]!.isDisjoint(with: articlesOf[rootB]!) else { continue }
            let left = membersOf[rootA]!
            let right = membersOf[rootB]!
            let average = left.reduce(0.0) { total, a in right.reduce(total) { $0 + similarity(a, $1) } } / Double(left.count * right.count)
            guard average >= settings.sameFactSimilarity * settings.averageLinkShare else { continue }
            sets.union(rootA, rootB)
            let root = sets.find(rootA)
            articlesOf[root] = articlesOf[rootA]!.union(articlesOf[rootB]!)
            membersOf[root] = left + right
            linked[pair.a, default: [:]][pair.b] = pair.similarity
            linked[pair.b, default: [:]][pair.a] = pair.similarity
        }
        return (sets.groups(), linked)
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
