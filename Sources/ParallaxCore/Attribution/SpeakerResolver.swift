/// Resolves a quote's source as written ("he", "Peskov", "the Russian president") to the full
/// name the article gives that person ("Vladimir Putin", "Dmitry Peskov").
struct SpeakerResolver {
    let text: ScalarText
    let language: LanguageAnalysis
    /// Name mentions in text order.
    let names: [NameMention]
    /// Names outside quotation marks: a name inside a quote is not the sentence's subject.
    let unquotedNames: [NameMention]
    let fullNameByLastName: [String: String]
    /// First word → the one multi-word person name opening with it (none when several do).
    let fullNameByFirstName: [String: String]
    let settings: AttributionSettings

    init(text: ScalarText, language: LanguageAnalysis, quoteSpans: [Span] = [], settings: AttributionSettings = AttributionSettings()) {
        self.settings = settings
        self.text = text
        self.language = language
        self.names = language.names.sorted { $0.span < $1.span }
        self.unquotedNames = names.filter { name in !quoteSpans.contains { $0.contains(name.span) } }
        self.fullNameByLastName = Self.fullNames(names)
        self.fullNameByFirstName = Self.surnameFirstNames(names)
    }

    /// Head nouns that name the same office: "the Kremlin chief" may be the Russian president.
    static let leaderHeads: Set<String> = ["chief", "leader", "head", "president", "premier"]

    /// The fullest form of a name used in the article up to and including this mention:
    /// "Peskov" after "Dmitry Peskov" is "Dmitry Peskov".
    func fullName(_ mention: NameMention) -> String {
        let base = stripPossessive(mention.text)
        guard mention.tokenCount == 1 else { return base }
        if let full = fullNameByLastName[base] { return full }
        // "Mr. Kim" after "Kim Jong-un", "Mr. Xi" after "Xi Jinping": a title goes with a surname, and where
        // no name ends with the word, the one that opens with it writes its surname first.
        if mention.titled != nil, let full = fullNameByFirstName[base] { return full }
        return base
    }

    static func surnameFirstNames(_ names: [NameMention]) -> [String: String] {
        var result: [String: Set<String>] = [:]
        for other in names where other.tokenCount > 1 && other.kind == .person {
            let full = stripPossessive(other.text)
            if let first = full.split(separator: " ").first.map(String.init) { result[first, default: []].insert(full) }
        }
        return result.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// Last word → the first multi-word person name ending in it (computed once: `fullName` is
    /// asked for every mention when roles are matched).
    static func fullNames(_ names: [NameMention]) -> [String: String] {
        var result: [String: String] = [:]
        for other in names where other.tokenCount > 1 && other.kind == .person {
            let full = stripPossessive(other.text)
            // "George T. Conway III" is "Conway", not "III".
            let words = full.split(separator: " ").map(String.init)
            if let last = words.last(where: { !EntityIndex.generationalSuffixes.contains($0.lowercased().replacingOccurrences(of: ".", with: "")) }),
               result[last] == nil { result[last] = full }
        }
        return result
    }

    func isPerson(_ mention: NameMention) -> Bool {
        if mention.kind == .person { return true }
        guard mention.kind == .other, mention.tokenCount == 1 else { return false }
        return fullName(mention) != stripPossessive(mention.text)
    }

    /// The person a pronoun at `offset` most likely refers to.
    func resolvePronoun(at offset: Int, sentence: Int, recentSpeaker: (name: String, sentence: Int)?) -> String? {
        // The subject of the same sentence, if it comes before the pronoun.
        if let subject = unquotedNames.first(where: { $0.sentence == sentence && $0.span.end <= offset && isPerson($0) }) {
            return fullName(subject)
        }
        // Whoever was just quoted, in this sentence or the one before, is who "he" goes on being.
        if let recentSpeaker, sentence - recentSpeaker.sentence <= settings.recentSpeakerSentences { return recentSpeaker.name }
        if let subject = unquotedNames.first(where: { $0.sentence == sentence - 1 && isPerson($0) }) {
            return fullName(subject)
        }
        if let recentSpeaker, sentence - recentSpeaker.sentence <= settings.lingeringSpeakerSentences { return recentSpeaker.name }
        return names.last(where: { $0.span.end <= offset && isPerson($0) }).map(fullName)
    }

    /// "the Russian president" → the person the article gave that role.
    func resolveNominal(_ words: [String], before offset: Int) -> String? {
        guard let head = words.last else { return nil }
        let modifiers = Set(words.dropLast())
        let heads = Self.leaderHeads.contains(head) ? Self.leaderHeads : [head]
        // Persons whose stated role has the head noun (or an office of the same kind), scored by shared modifiers.
        var best: (score: Int, before: Bool, position: Int, name: String)?
        for mention in names where isPerson(mention) {
            guard let role = mention.roleText else { continue }
            let roleWords = Set(WordNormal.norm(role).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init))
            guard !roleWords.isDisjoint(with: heads) else { continue }
            let candidate = (modifiers.intersection(roleWords).count, mention.span.start < offset, mention.span.start, fullName(mention))
            if best == nil || (candidate.0, candidate.1 ? 1 : 0, candidate.1 ? candidate.2 : -candidate.2)
                > (best!.score, best!.before ? 1 : 0, best!.before ? best!.position : -best!.position) {
                best = candidate
            }
        }
        return best?.name
    }

    func stripPossessive(_ name: String) -> String { Self.stripPossessive(name) }

    static func stripPossessive(_ name: String) -> String {
        for suffix in ["'s", "’s"] where name.hasSuffix(suffix) { return String(name.dropLast(2)) }
        return name
    }
}
