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
        for (a, article) in articles.enumerated() {
            for credit in article.attribution.credits {
                for b in creditedArticles(credit.credited, in: articles, settings: settings) where b != a {
                    link(a, b, "\(article.id) credits \(credit.credited), the outlet of \(articles[b].id)")
                }
            }
        }
        let shingles = articles.map { unquotedShingles($0, runWords: settings.copyRunWords) }
        for a in articles.indices {
            for b in articles.indices where a < b {
                let shared = shingles[a].intersection(shingles[b]).count
                let smaller = min(shingles[a].count, shingles[b].count)
                if shared >= settings.minCopiedRuns && Double(shared) >= settings.minCopiedShare * Double(smaller) {
                    link(a, b, "\(articles[a].id) and \(articles[b].id) share \(shared) runs of \(settings.copyRunWords) words outside quotes")
                }
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
        let key = OutletNames.key(credited)
        guard key.count >= settings.minOutletKey else { return [] }
        return articles.indices.filter { index in
            guard articles[index].article.outlet != nil else { return false }
            let outlet = OutletNames.key(articles[index].outlet)
            if outlet == key { return true }
            let (short, long) = outlet.count < key.count ? (outlet, key) : (key, outlet)
            return short.count >= settings.minOutletPrefix && long.hasPrefix(short)
        }
    }

    static func unquotedShingles(_ article: AnalysedArticle, runWords copyRunWords: Int) -> Set<[String]> {
        let quotes = article.attribution.quotes.map(\.span)
        let words = article.language.tokens.filter { token in !quotes.contains { $0.overlaps(token.span) } }.map(\.norm)
        guard words.count >= copyRunWords else { return [] }
        var result = Set<[String]>()
        for start in 0...(words.count - copyRunWords) { result.insert(Array(words[start..<(start + copyRunWords)])) }
        return result
    }

    /// Distinct groups among these articles.
    public func independentCount(_ articleIndexes: some Sequence<Int>) -> Int {
        Set(articleIndexes.map { groupOf[$0] }).count
    }
}
