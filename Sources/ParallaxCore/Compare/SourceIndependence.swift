/// Which articles are not independent of each other: the same outlet, one crediting the other's
/// outlet, or one copying the other's wording outside quotation marks. Corroboration counts groups.
public struct SourceIndependence: Sendable {
    /// Article index → group number.
    public var groupOf: [Int]
    public var groups: [SourceGroup]

    public static func build(_ articles: [AnalysedArticle], settings: IndependenceSettings = IndependenceSettings()) -> SourceIndependence {
        var sets = UnionFind(count: articles.count)
        var reasons: [Int: [String]] = [:]
        func link(_ a: Int, _ b: Int, _ reason: String) {
            sets.union(a, b)
            reasons[a, default: []].append(reason)
        }
        let keys = articles.map { OutletNames.key($0.outlet) }
        for a in articles.indices {
            for b in articles.indices where a < b && !keys[a].isEmpty && keys[a] == keys[b] && articles[a].article.outlet != nil {
                link(a, b, "\(articles[a].id) and \(articles[b].id) are both from \(articles[a].outlet)")
            }
        }
        let outletKeys = articles.map { $0.article.outlet.map(OutletNames.key) }
        for (a, article) in articles.enumerated() {
            for credit in article.attribution.credits {
                for b in creditedArticles(credit.credited, outletKeys: outletKeys, settings: settings) where b != a {
                    link(a, b, "\(article.id) credits \(credit.credited), the outlet of \(articles[b].id)")
                }
            }
        }
        let shingles = articles.map { unquotedShingles($0, runWords: settings.copyRunWords) }
        for (pair, shared) in sharedShingleCounts(shingles).sorted(by: { $0.key < $1.key }) {
            let (a, b) = (pair.first, pair.second)
            let smaller = min(shingles[a].count, shingles[b].count)
            if shared >= settings.minCopiedRuns && Double(shared) >= settings.minCopiedShare * Double(smaller) {
                link(a, b, "\(articles[a].id) and \(articles[b].id) share \(shared) runs of \(settings.copyRunWords) words outside quotes")
            }
        }
        var groupOf = [Int](repeating: 0, count: articles.count)
        var groups: [SourceGroup] = []
        for (number, members) in sets.groups().enumerated() {
            for member in members { groupOf[member] = number }
            if members.count > 1 {
                var seen = Set<String>()
                let why = members.flatMap { reasons[$0] ?? [] }.filter { seen.insert($0).inserted }
                groups.append(SourceGroup(articles: members.map { articles[$0].id }, reasons: why))
            }
        }
        return SourceIndependence(groupOf: groupOf, groups: groups)
    }

    /// Articles whose outlet is the credited name: "The Moscow Times" ~ themoscowtimes.com, "NBC" ~ "NBC News".
    public static func creditedArticles(_ credited: String, in articles: [AnalysedArticle],
                                        settings: IndependenceSettings = IndependenceSettings()) -> [Int] {
        creditedArticles(credited, outletKeys: articles.map { $0.article.outlet.map(OutletNames.key) }, settings: settings)
    }

    /// The same with each article's outlet key worked out once (nil for an article without a named outlet).
    static func creditedArticles(_ credited: String, outletKeys: [String?], settings: IndependenceSettings) -> [Int] {
        let key = OutletNames.key(credited)
        guard key.count >= settings.minOutletKey else { return [] }
        return outletKeys.indices.filter { index in
            guard let outlet = outletKeys[index] else { return false }
            if outlet == key { return true }
            let (short, long) = outlet.count < key.count ? (outlet, key) : (key, outlet)
            return short.count >= settings.minOutletPrefix && long.hasPrefix(short)
        }
    }

    /// Each run of `copyRunWords` words outside quotation marks, hashed (64 bits: a collision between two
    /// runs of one story is far rarer than a copied run), distinct and sorted.
    static func unquotedShingles(_ article: AnalysedArticle, runWords copyRunWords: Int) -> [UInt64] {
        let quotes = article.attribution.quotes.map(\.span)
        let words = article.language.tokens.filter { token in !quotes.contains { $0.overlaps(token.span) } }.map(\.norm)
        guard words.count >= copyRunWords else { return [] }
        var result: [UInt64] = []
        result.reserveCapacity(words.count)
        for start in 0...(words.count - copyRunWords) {
            var hash = FNV1a.offset
            for word in words[start..<(start + copyRunWords)] {
                // A unit separator after each word: "ab c" and "a bc" are different runs.
                hash = (FNV1a.hash(word, into: hash) ^ 0x1F) &* FNV1a.prime
            }
            result.append(hash)
        }
        return Array(Set(result)).sorted()
    }

    /// For each pair of articles that share a run, how many they share: one pass over an index of runs,
    /// not a set intersection per pair (a 200-article story has 20,000 pairs, most sharing nothing).
    static func sharedShingleCounts(_ shingles: [[UInt64]]) -> [Pair: Int] {
        var holders: [UInt64: [Int]] = [:]
        for (article, runs) in shingles.enumerated() {
            for run in runs { holders[run, default: []].append(article) }
        }
        var counts: [Pair: Int] = [:]
        for articles in holders.values where articles.count > 1 {
            for (position, a) in articles.enumerated() {
                for b in articles[(position + 1)...] { counts[Pair(a, b), default: 0] += 1 }
            }
        }
        return counts
    }

    struct Pair: Hashable, Comparable {
        let first: Int, second: Int
        init(_ first: Int, _ second: Int) { (self.first, self.second) = (first, second) }
        static func < (lhs: Pair, rhs: Pair) -> Bool { (lhs.first, lhs.second) < (rhs.first, rhs.second) }
    }

    /// Distinct groups among these articles.
    public func independentCount(_ articleIndexes: some Sequence<Int>) -> Int {
        Set(articleIndexes.map { groupOf[$0] }).count
    }
}
