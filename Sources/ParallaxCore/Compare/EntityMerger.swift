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

    /// Lower case, without dots, diacritics ("San José" = "San Jose"), a possessive or a leading "the";
    /// a hyphen is a space ("Kim Jong-un" = "Kim Jong Un").
    static func key(_ name: String) -> String {
        var lower = WordNormal.norm(name).replacingOccurrences(of: ".", with: "")
        lower = lower.folding(options: [.diacriticInsensitive], locale: nil).replacingOccurrences(of: "-", with: " ")
        if lower.hasSuffix("'s") { lower.removeLast(2) }
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        return lower.split(separator: " ").joined(separator: " ")
    }

    public static func build(_ articles: [AnalysedArticle], settings: EntitySettings = EntitySettings()) -> EntityIndex {
        let names = NameKeys(articles)
        var sets = UnionFind(count: names.keys.count)
        mergeSpellingVariants(names, &sets, settings: settings)
        mergeMiddleInitials(names, &sets)
        mergeReorderedInstitutions(names, &sets)
        mergeDescribedPrefixes(names, &sets)
        mergeAcronyms(names, &sets)
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
        var isPlaceOrBody: [Bool] = []

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
            // Mostly typed a place or a body: "Clinton" typed a town once and "Mrs. Clinton" twice is a person.
            isPlaceOrBody = mentions.map { list in
                list.filter { $0.1.kind == .place || $0.1.kind == .organisation }.count > list.filter { $0.1.kind == .person }.count
            }
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

    /// Bare surnames: a one-word name that ends exactly one multi-word name of a person (or of what
    /// is neither a place nor a body: "Geng Shuang" … "Geng" where no list knows the name).
    static func mergeBareSurnames(_ names: NameKeys, _ sets: inout UnionFind) {
        let words = names.words
        for a in names.keys.indices where words[a].count == 1 && !names.isPlaceOrBody[a] {
            let owners = Set(names.keys.indices.filter {
                words[$0].count > 1 && (names.isPerson[$0] || (!names.isPlaceOrBody[$0] && words[$0].count <= 3)) && words[$0].last == words[a][0]
            }.map { sets.find($0) })
            if owners.count == 1, let owner = owners.first { sets.union(a, owner) }
        }
    }

    static let generationalSuffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]

    /// A person's name with middle initials or a generational suffix ("Robert S. Mueller III", "Bruce
    /// M. Steinberg") is the same person as the name without them, when only one such fuller form
    /// reduces to it ("George W. Bush" and "George H. W. Bush" both reduce to "George Bush": neither merges).
    static func mergeMiddleInitials(_ names: NameKeys, _ sets: inout UnionFind) {
        let words = names.words
        var fuller: [String: Set<String>] = [:]
        var keysByReduced: [String: [Int]] = [:]
        for index in names.keys.indices where words[index].count >= 2 && !names.isPlaceOrBody[index] {
            var reduced = words[index]
            while let last = reduced.last, reduced.count > 2, generationalSuffixes.contains(last) { reduced.removeLast() }
            let kept = reduced.enumerated().filter { position, word in position == 0 || position == reduced.count - 1 || word.count > 1 }.map(\.element)
            guard kept.count >= 2 else { continue }
            let key = kept.joined(separator: " ")
            keysByReduced[key, default: []].append(index)
            if kept.count != words[index].count { fuller[key, default: []].insert(names.keys[index]) }
        }
        for (key, members) in keysByReduced where members.count > 1 && (fuller[key]?.count ?? 0) <= 1 {
            guard names.keyIndex[key] != nil || fuller[key]?.count == 1 else { continue }
            // One article writing both "George Bush" (1990) and "George W. Bush" means two people.
            let articles = members.map { names.articleSets[$0] }
            guard articles.indices.allSatisfy({ a in articles.indices.allSatisfy { b in a == b || articles[a].isDisjoint(with: articles[b]) } }) else { continue }
            for member in members.dropFirst() { sets.union(members[0], member) }
        }
    }

    /// "Department of Defense" and "Defense Department", "Ministry of Public Security" and "Public
    /// Security Ministry": an institution word with an "of" phrase is the same body written the other way round.
    static func mergeReorderedInstitutions(_ names: NameKeys, _ sets: inout UnionFind) {
        for index in names.keys.indices {
            let words = names.words[index]
            guard words.count >= 3, words[1] == "of", Vocabulary.organisationWords.contains(words[0]) else { continue }
            let reordered = (words.dropFirst(2) + [words[0]]).joined(separator: " ")
            if let other = names.keyIndex[reordered] { sets.union(index, other) }
        }
    }

    /// Words that say what kind of thing a name names, and may follow it in its fuller form.
    static let describingWords: Set<String> = Vocabulary.organisationWords.union(EntityTyper.organisationWords).union([
        // Not "airport" or "station": Punta Islita's airport is not the town.
        "resort", "casino", "hotel", "festival", "seminary", "stadium", "arena", "centre", "center", "hall",
        "and", "&",
    ])

    /// A name and its fuller form in the same story: "Mandalay Bay" and "Mandalay Bay Resort and Casino", "Route 91
    /// Harvest" and "Route 91 Harvest Festival", "Yonhap" and "Yonhap News Agency", "Jewish Theological Seminary"
    /// and "… of America" (the extra words say what it is, or where); and a person's two surnames ("Laura
    /// Chinchilla" and "Laura Chinchilla Miranda"). Only when exactly one fuller form extends the name, and not
    /// from a place to a body ("New York" and "New York Times"). Longest names first, so chains join.
    static func mergeDescribedPrefixes(_ names: NameKeys, _ sets: inout UnionFind) {
        let words = names.words
        func kind(_ index: Int) -> EntityKind {
            var votes: [EntityKind: Int] = [:]
            for (_, mention, _) in names.mentions[index] { votes[mention.kind, default: 0] += 1 }
            return votes.filter { $0.key != .other }.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key ?? .other
        }
        let kinds = names.keys.indices.map(kind)
        func describes(_ extra: ArraySlice<String>, person: Bool) -> Bool {
            if person { return extra.count == 1 && !generationalSuffixes.contains(extra.first!) }
            return !extra.isEmpty && extra.allSatisfy { describingWords.contains($0) } && extra.last != "and" && extra.last != "&"
        }
        for a in names.keys.indices.sorted(by: { (words[$0].count, $0) > (words[$1].count, $1) }) {
            let short = words[a]
            let fuller = names.keys.indices.filter { b in
                guard words[b].count > short.count, words[b].starts(with: short) else { return false }
                switch (kinds[a], kinds[b]) {
                case (.person, .person): return short.count >= 2 && describes(words[b][short.count...], person: true)
                case (.person, _), (_, .person): return false
                case (.place, .organisation), (.organisation, .place): return false
                default:
                    // "… of America" after a name of two words or more; "Nice of France" is no fuller name of Nice.
                    let extra = words[b][short.count...]
                    if extra.first == "of" { return short.count >= 2 && extra.count >= 2 && extra.count <= 3 }
                    return describes(extra, person: false)
                }
            }
            let groups = Set(fuller.map { sets.find($0) })
            if groups.count == 1, let group = groups.first { sets.union(a, group) }
        }
    }

    static let acronymSkippedWords: Set<String> = ["of", "for", "the", "and", "&", "de", "du", "des", "la", "le"]

    /// An acronym and its expansion in the same story ("RAIB" and "Rail Accident Investigation Branch",
    /// "TfL" and "Transport for London", "AFP" and "Agence France-Presse"): the acronym's letters are the
    /// initials of exactly one multi-word name's words (with or without its small words).
    static func mergeAcronyms(_ names: NameKeys, _ sets: inout UnionFind) {
        var initials: [String: Set<Int>] = [:]
        for index in names.keys.indices {
            let written = names.mentions[index].first?.2 ?? names.keys[index]
            let words = written.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            guard words.count >= 2, words.contains(where: { $0.first?.isUppercase == true }) else { continue }
            let all = String(words.compactMap(\.first)).lowercased()
            let content = String(words.filter { !acronymSkippedWords.contains($0.lowercased()) }.compactMap(\.first)).lowercased()
            for form in Set([all, content]) where form.count >= 2 { initials[form, default: []].insert(index) }
        }
        for index in names.keys.indices where names.words[index].count == 1 {
            let written = names.mentions[index].first?.2 ?? ""
            let letters = written.filter { $0.isLetter }
            // The acronym as written: mostly capitals ("TfL" has one small letter among three).
            guard letters.count >= 2, letters.count <= 6, letters.filter(\.isUppercase).count >= max(2, letters.count - 1),
                  let owners = initials[names.keys[index].replacingOccurrences(of: " ", with: "")] else { continue }
            let groups = Set(owners.map { sets.find($0) })
            if groups.count == 1, let owner = owners.first { sets.union(index, owner) }
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
