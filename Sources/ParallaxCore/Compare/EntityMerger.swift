/// One person, organisation or place across the story's articles, with every way it is written.
public struct StoryEntity: Sendable {
    public var name: String
    public var kind: EntityKind
    /// (article index, mention) in article order.
    public var mentions: [(article: Int, mention: NameMention)]
    /// Distinct full spellings (not counting a bare surname), most used first.
    public var spellings: [String]
    public var articleCount: Int
}

/// Merges names across articles: spelling variants ("Dimitry"/"Dmitry Peskov", "Retuers"/"Reuters")
/// and bare surnames of a person named in full elsewhere ("Peskov").
public struct EntityIndex: Sendable {
    public var entities: [StoryEntity]
    /// Normalised name → entity index.
    var byKey: [String: Int]
    /// Article index → mention start → entity index.
    var byMention: [Int: [Int: Int]]

    /// The entity a name mention in an article belongs to.
    public func entity(article: Int, mention: NameMention) -> Int? { byMention[article]?[mention.span.start] }

    public func entity(named name: String) -> Int? { byKey[Self.key(name)] }
    public func canonical(_ name: String) -> String { entity(named: name).map { entities[$0].name } ?? name }

    static func key(_ name: String) -> String {
        var lower = WordNormal.norm(name).replacingOccurrences(of: ".", with: "")
        if lower.hasSuffix("'s") { lower.removeLast(2) }
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        return lower.split(separator: " ").joined(separator: " ")
    }

    public static func build(_ articles: [AnalysedArticle], settings: EntitySettings = EntitySettings()) -> EntityIndex {
        let names = NameKeys(articles)
        var sets = UnionFind(count: names.keys.count)
        mergeSpellingVariants(names, &sets, settings: settings)
        mergeBareSurnames(names, &sets)
        return index(names, groups: sets.groups(), settings: settings)
    }

    /// Every name mention of the story under its normalised key, in first-seen order.
    struct NameKeys {
        var keys: [String] = []
        var keyIndex: [String: Int] = [:]
        /// Per key: (article index, mention, full name).
        var mentions: [[(Int, NameMention, String)]] = []
        var articleSets: [Set<Int>] = []
        var words: [[String]] = []
        var isPerson: [Bool] = []

        init(_ articles: [AnalysedArticle]) {
            for (articleIndex, analysed) in articles.enumerated() {
                let resolver = SpeakerResolver(text: analysed.text, language: analysed.language)
                for mention in analysed.language.names {
                    let full = mention.kind == .person || resolver.isPerson(mention) ? resolver.fullName(mention) : resolver.stripPossessive(mention.text)
                    add(articleIndex, mention, full)
                }
                // Credit lines ("Reuters contributed to this report.") name outlets outside the body.
                for credit in analysed.attribution.credits where !analysed.language.names.contains(where: { $0.span == credit.creditedSpan }) {
                    let mention = NameMention(span: credit.creditedSpan, text: credit.credited, kind: .organisation, role: nil, roleText: nil,
                                              sentence: -1, firstToken: -1, tokenCount: credit.credited.split(separator: " ").count)
                    add(articleIndex, mention, credit.credited)
                }
            }
            articleSets = mentions.map { Set($0.map(\.0)) }
            words = keys.map { $0.split(separator: " ").map(String.init) }
            isPerson = mentions.map { list in list.contains { $0.1.kind == .person } }
        }

        mutating func add(_ article: Int, _ mention: NameMention, _ full: String) {
            let key = EntityIndex.key(full)
            guard !key.isEmpty else { return }
            if keyIndex[key] == nil {
                keyIndex[key] = keys.count
                keys.append(key)
                mentions.append([])
            }
            mentions[keyIndex[key]!].append((article, mention, full))
        }
    }

    /// Spelling variants: same number of words, each the same or one edit apart. Within one article
    /// only long words merge ("Retuers"/"Reuters"): a writer's two short names are likelier two people.
    static func mergeSpellingVariants(_ names: NameKeys, _ sets: inout UnionFind, settings: EntitySettings) {
        let words = names.words
        for a in names.keys.indices {
            for b in (a + 1)..<names.keys.count where words[a].count == words[b].count
                && (names.articleSets[a].isDisjoint(with: names.articleSets[b])
                    || zip(words[a], words[b]).allSatisfy({ $0 == $1 || min($0.count, $1.count) >= settings.sameArticleVariantLength })) {
                var differs = false
                let alike = zip(words[a], words[b]).allSatisfy { left, right in
                    if left == right { return true }
                    differs = true
                    return left.count >= settings.minVariantLength && right.count >= settings.minVariantLength && left.first == right.first
                        && TextSimilarity.editDistance(left, right) <= settings.maxVariantEdits
                }
                if alike && differs { sets.union(a, b) }
            }
        }
    }

    /// Bare surnames: a one-word name that ends exactly one multi-word person's name.
    static func mergeBareSurnames(_ names: NameKeys, _ sets: inout UnionFind) {
        let words = names.words
        for a in names.keys.indices where words[a].count == 1 {
            let owners = Set(names.keys.indices.filter { words[$0].count > 1 && names.isPerson[$0] && words[$0].last == words[a][0] }.map { sets.find($0) })
            if owners.count == 1, let owner = owners.first { sets.union(a, owner) }
        }
    }

    /// One entity per group of keys: its spellings, kind and mentions, and the lookups into it.
    static func index(_ names: NameKeys, groups: [[Int]], settings: EntitySettings) -> EntityIndex {
        var entities: [StoryEntity] = []
        var byKey: [String: Int] = [:]
        var byMention: [Int: [Int: Int]] = [:]
        for group in groups {
            let mentions = group.flatMap { names.mentions[$0] }.sorted { ($0.0, $0.1.span.start) < ($1.0, $1.1.span.start) }
            let maxWords = group.map { names.words[$0].count }.max() ?? 1
            // Spellings: the full forms, ranked by how many articles use each.
            var articlesBySpelling: [String: Set<Int>] = [:]
            for (article, _, full) in mentions where full.split(separator: " ").count == maxWords || maxWords == 1 {
                articlesBySpelling[full, default: []].insert(article)
            }
            let spellings = articlesBySpelling.keys.sorted {
                // Ties go to the longer, then the alphabetically first spelling, so output is stable.
                (articlesBySpelling[$0]!.count, $0.count, $1) > (articlesBySpelling[$1]!.count, $1.count, $0)
            }
            let kind = vote(mentions.map(\.1), multiWordPerson: group.contains { names.words[$0].count > 1 && names.isPerson[$0] },
                            strongVote: settings.strongKindVote)
            let entity = StoryEntity(name: spellings.first ?? mentions[0].2, kind: kind,
                                     mentions: mentions.map { ($0.0, $0.1) }, spellings: spellings,
                                     articleCount: Set(mentions.map(\.0)).count)
            for member in group { byKey[names.keys[member]] = entities.count }
            for (article, mention, _) in mentions { byMention[article, default: [:]][mention.span.start] = entities.count }
            entities.append(entity)
        }
        return EntityIndex(entities: entities, byKey: byKey, byMention: byMention)
    }

    /// The kind most of the mentions point to; a role or organisation word outweighs a preposition.
    static func vote(_ mentions: [NameMention], multiWordPerson: Bool, strongVote: Int) -> EntityKind {
        if multiWordPerson { return .person }
        var votes: [EntityKind: Int] = [:]
        for mention in mentions {
            let weight = mention.role != nil || mention.kind == .organisation ? strongVote : 1
            votes[mention.kind, default: 0] += mention.kind == .other ? 0 : weight
        }
        return votes.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key ?? .other
    }
}
