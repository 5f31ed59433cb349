import Foundation

/// Where outlets disagree on the same slot: how a name is spelled, what role a person has,
/// and the numbers, durations and dates given in sentences that state the same fact.
public enum ConflictFinder {
    /// Words that change what a role means: a "former" envoy or a president-"elect" is not the office itself.
    static let statusWords: Set<String> = ["former", "elect", "outgoing", "incoming", "acting", "interim", "deputy", "vice", "ex"]
    /// Different words for the same office, so that they do not count as a disagreement.
    static let roleSynonyms: [String: String] = ["spokeswoman": "spokesman", "spokesperson": "spokesman", "u.s": "us", "u.s.": "us"]

    public static func find(_ articles: [AnalysedArticle], entities: EntityIndex, facts: [StoryFact],
                            settings: ConflictSettings = ConflictSettings()) -> [ConflictRecord] {
        var conflicts: [ConflictRecord] = []
        conflicts += spellings(articles, entities: entities)
        conflicts += roles(articles, entities: entities)
        conflicts += factValues(articles, facts: facts, settings: settings)
        return conflicts
    }

    static func spellings(_ articles: [AnalysedArticle], entities: EntityIndex) -> [ConflictRecord] {
        entities.entities.filter { $0.spellings.count > 1 }.map { entity in
            var values: [TextRef] = []
            var seen = Set<String>()
            for (article, mention) in entity.mentions where entity.spellings.contains(where: { mention.text.hasPrefix($0) }) {
                let name = entity.spellings.first(where: { mention.text.hasPrefix($0) })!
                guard seen.insert("\(article)|\(name)").inserted else { continue }
                let span = Span(mention.span.start, mention.span.start + name.unicodeScalars.count)
                values.append(TextRef(article: articles[article].id, text: articles[article].text.slice(span), span: span))
            }
            return ConflictRecord(slot: "spelling of \(entity.name)", kind: .spelling, values: values)
        }
        // "US" and "U.S." are the same spelling for a reader; only letters that differ count.
        .filter { Set($0.values.map { $0.text.lowercased().filter(\.isLetter) }).count > 1 }
    }

    static func roles(_ articles: [AnalysedArticle], entities: EntityIndex) -> [ConflictRecord] {
        var conflicts: [ConflictRecord] = []
        for entity in entities.entities where entity.kind == .person && entity.articleCount > 1 {
            var values: [(ref: TextRef, words: Set<String>)] = []
            for (article, mention) in entity.mentions {
                guard let role = mention.role, let roleText = mention.roleText else { continue }
                let words = roleWords(roleText)
                guard !words.isEmpty, !values.contains(where: { $0.ref.article == articles[article].id && $0.words == words }) else { continue }
                values.append((TextRef(article: articles[article].id, text: roleText, span: role), words))
            }
            // Keep the roles that no other role of another article contains; they must still disagree.
            let distinct = values.filter { value in
                !values.contains { other in
                    other.ref.article != value.ref.article && value.words != other.words && value.words.isSubset(of: other.words)
                        && value.words.intersection(statusWords) == other.words.intersection(statusWords)
                }
            }
            let articlesInvolved = Set(distinct.map(\.ref.article))
            guard articlesInvolved.count > 1, Set(distinct.map(\.words)).count > 1 else { continue }
            conflicts.append(ConflictRecord(slot: "role of \(entity.name)", kind: .role, values: distinct.map(\.ref)))
        }
        return conflicts
    }

    static func roleWords(_ role: String) -> Set<String> {
        let words = WordNormal.norm(role).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." })
            .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
            .map { roleSynonyms[$0] ?? $0 }
            .filter { !["the", "a", "an", "his", "her", "their", "s"].contains($0) && !$0.isEmpty }
        return Set(words)
    }

    /// Two articles give values that cannot both be right: "72" and "more than 70" agree, "70" and "72" do not.
    /// An article that gives two different counts of one thing in the same fact ("two people trapped, more
    /// than 50 injured") counts two groups: which of them another outlet's count is of cannot be told, so
    /// that article's counts are left out. Parts of a total ("another five") are never set against anything.
    static func disagree(_ values: [(ref: TextRef, number: NumberMention)], settings: ConflictSettings) -> Bool {
        var valuesByArticle: [String: Set<Double>] = [:]
        for value in values { valuesByArticle[value.ref.article, default: []].insert(value.number.value) }
        let values = values.filter { valuesByArticle[$0.ref.article]!.count == 1 && $0.number.bound != .part }
        for (position, one) in values.enumerated() {
            for other in values[(position + 1)...] where other.ref.article != one.ref.article {
                if !one.number.allows(other.number.value, approximateShare: settings.approximateShare)
                    && !other.number.allows(one.number.value, approximateShare: settings.approximateShare) { return true }
            }
        }
        return false
    }

    /// Numbers with the same unit, durations, and resolved days that differ between the sentences of one fact.
    static func factValues(_ articles: [AnalysedArticle], facts: [StoryFact], settings: ConflictSettings) -> [ConflictRecord] {
        var conflicts: [ConflictRecord] = []
        for fact in facts where Set(fact.members.map(\.article)).count > 1 {
            let representative = fact.members[fact.representative]
            let subject = articles[representative.article].text.slice(articles[representative.article].language.sentences[representative.sentence].span)
            let limit = settings.maxSlotCharacters
            let short = subject.count > limit ? String(subject.prefix(limit - 3)) + "…" : subject
            var durations: [(ref: TextRef, number: NumberMention)] = []
            var counts: [String: [(ref: TextRef, number: NumberMention)]] = [:]
            var days: [TextRef] = []
            var dayValues: Set<String> = []
            var articlesWithDays = Set<String>()
            var duplicateDay = false
            for (article, sentence) in fact.members {
                let analysed = articles[article]
                let quoteSpans = analysed.attribution.quotes.map(\.span)
                for number in analysed.language.numbers where number.sentence == sentence && !number.isAge {
                    let ref = TextRef(article: analysed.id, text: number.text, span: number.span,
                                      value: number.days.map { "\(($0 * 1000).rounded() / 1000) days" })
                    if let length = number.days {
                        var inDays = number
                        inDays.value = (length * 1000).rounded() / 1000
                        durations.append((ref, inDays))
                    } else if let unit = number.unit, !quoteSpans.contains(where: { $0.contains(number.span) }) {
                        // "Two female gorillas" and "three gorillas" count different sets.
                        counts[number.countedModifiers.isEmpty ? unit : number.countedModifiers + " " + unit, default: []].append((ref, number))
                    }
                }
                // When something happened: a day on or before publication (later days are plans, like an inauguration).
                let reference = analysed.language.referenceDate?.dayNumber ?? Int.max
                let dated = analysed.language.dates.filter {
                    $0.sentence == sentence && $0.date?.precision == .day && ($0.date?.dayNumber ?? Int.max) <= reference
                }
                if dated.count == 1, let date = dated[0].date {
                    duplicateDay = duplicateDay || !articlesWithDays.insert(analysed.id).inserted
                    days.append(TextRef(article: analysed.id, text: dated[0].text, span: dated[0].span, value: date.iso))
                    dayValues.insert(date.iso)
                }
            }
            if disagree(durations, settings: settings) {
                conflicts.append(ConflictRecord(slot: "how long, in: \(short)", kind: .duration, values: durations.map(\.ref)))
            }
            for (unit, values) in counts.sorted(by: { $0.key < $1.key }) where disagree(values, settings: settings) {
                let counted = values.lazy.compactMap(\.number.countedText).first.map(WordNormal.norm) ?? unit
                conflicts.append(ConflictRecord(slot: "how many \(counted), in: \(short)", kind: .number, values: values.map(\.ref)))
            }
            if dayValues.count > 1, Set(days.map(\.article)).count > 1, !duplicateDay {
                conflicts.append(ConflictRecord(slot: "when, in: \(short)", kind: .date, values: days))
            }
        }
        return conflicts
    }
}
