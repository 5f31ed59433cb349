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
        if settings.tenureConflicts { conflicts += roles(articles, entities: entities) }
        conflicts += factValues(articles, facts: facts, settings: settings)
        // A count the facts already set side by side is not shown twice.
        let shown = Set(conflicts.filter { $0.kind == .number }.flatMap { $0.values.map { "\($0.article)|\($0.span.start)" } })
        conflicts += casualtyCounts(articles, settings: settings).filter { conflict in
            !conflict.values.contains { shown.contains("\($0.article)|\($0.span.start)") }
        }
        return conflicts
    }

    /// Outcomes news counts for a story's own event, by the stems of the words that state them.
    static let outcomeOfStem: [String: String] = [
        "kill": "killed", "killed": "killed", "die": "killed", "died": "killed", "dead": "killed",
        "injur": "injured", "injure": "injured", "injured": "injured", "wound": "injured", "wounded": "injured", "hurt": "injured",
    ]
    /// Words that make a count another event's ("the deadliest since 2014, when 20 were killed").
    static let otherEventWords: Set<String> = ["since", "than", "previous", "previously", "last", "earlier", "ago", "before",
                                               "surpass", "surpassing", "surpassed", "compared", "worst", "deadliest", "similar"]

    /// How many were killed or injured, across the whole story: each article's count of the same people
    /// (same counted word and words before it) for the same outcome, in a sentence that states it (the
    /// count's verb is the sentence's own, outside quotation marks, with no other event or earlier day in
    /// the sentence). An article that gives two different such counts is left out: which one another
    /// outlet's count answers cannot be told. Counts that no hedge reconciles conflict; from articles of
    /// different days they are an update (the earlier count and the later one, each with its date).
    static func casualtyCounts(_ articles: [AnalysedArticle], settings: ConflictSettings) -> [ConflictRecord] {
        var counts: [String: [(ref: TextRef, number: NumberMention, day: String?)]] = [:]
        for analysed in articles {
            let language = analysed.language
            let quoteSpans = analysed.attribution.quotes.map(\.span)
            let reference = language.referenceDate?.dayNumber
            for number in language.numbers where !number.isAge && number.bound != .part && number.days == nil {
                guard let unit = number.unit, !quoteSpans.contains(where: { $0.overlaps(number.span) }) else { continue }
                let sentence = language.sentences[number.sentence]
                // News states its own event's toll in its lead; counts further down are as often another
                // event's, given as background ("the Paris attacks, in which 130 people were killed").
                guard sentence.paragraph < settings.leadParagraphs else { continue }
                let words = language.tokens[sentence.tokens]
                guard !words.contains(where: { otherEventWords.contains($0.norm) }) else { continue }
                // A year or an earlier day in the sentence dates another event.
                guard !language.dates.contains(where: { date in
                    date.sentence == number.sentence
                        && (date.date?.precision == .year || (reference != nil && (date.date?.dayNumber ?? Int.max) < reference! - 1))
                }) else { continue }
                guard let outcome = outcome(of: number, in: language) else { continue }
                let people = ["people", "peopl", "person"].contains(unit) ? "people" : unit
                let counted = number.countedModifiers.isEmpty ? people : number.countedModifiers + " " + people
                let ref = TextRef(article: analysed.id, text: number.text, span: number.span)
                counts[counted + "|" + outcome, default: []].append((ref, number, analysed.article.published?.dayOnly.iso))
            }
        }
        var conflicts: [ConflictRecord] = []
        for (key, all) in counts.sorted(by: { $0.key < $1.key }) {
            // Only articles that give one value: those values are what the conflict shows and rests on.
            var valuesByArticle: [String: Set<Double>] = [:]
            for value in all { valuesByArticle[value.ref.article, default: []].insert(value.number.value) }
            let values = all.filter { valuesByArticle[$0.ref.article]!.count == 1 }
            guard Set(values.map(\.ref.article)).count > 1 else { continue }
            let pairs = values.map { (ref: $0.ref, number: $0.number) }
            guard disagree(pairs, settings: settings) else { continue }
            let parts = key.split(separator: "|").map(String.init)
            let days = Set(values.compactMap(\.day))
            let slot = "how many \(parts[0]) \(parts[1])" + (days.count > 1 ? " (articles of different days: \(days.sorted().joined(separator: ", ")))" : "")
            conflicts.append(ConflictRecord(slot: slot, kind: .number, values: pairs.map(\.ref),
                                            rule: "the story's counts of the same \(parts[0]) \(parts[1]), each its sentence's own statement "
                                                + "(no other event or earlier day in it), that no hedge reconciles"
                                                + (days.count > 1 ? "; the articles are of different days, so a later count may be an update" : "")))
        }
        return conflicts
    }

    /// The outcome a count states: the verb or adjective it belongs to through the parse ("59 people were
    /// killed", "seven dead", "injuring another 40"), when that word heads its sentence or a clause joined to it.
    static func outcome(of number: NumberMention, in language: LanguageAnalysis) -> String? {
        let sentence = language.sentences[number.sentence]
        guard var index = language.tokens[sentence.tokens].lastIndex(where: { (number.counted ?? number.span).contains($0.span) }) else { return nil }
        for _ in 0..<4 {
            let token = language.tokens[index]
            let clauseHead = token.head == nil || token.relation == "root" || ["conj", "advcl", "xcomp", "acl", "amod", "ccomp"].contains(token.relation ?? "")
            if let outcome = outcomeOfStem[token.stem] ?? outcomeOfStem[token.norm], token.pos == .verb || token.pos == .adj || token.pos == .noun {
                return clauseHead ? outcome : nil
            }
            // "51 were taken to hospital", "rushed to hospital": the verb's place is the outcome.
            if token.pos == .verb, clauseHead, language.tokens[sentence.tokens].contains(where: { $0.head == index && $0.relation == "obl" && $0.stem == "hospit" || $0.head == index && $0.relation == "obl" && $0.norm == "hospital" }) {
                return "taken to hospital"
            }
            if token.pos == .verb { return nil }
            guard let head = token.head else { return nil }
            index = head
        }
        return nil
    }

    /// A name spelled differently by different outlets. Only letters count ("US"/"U.S."), and not case or
    /// accents ("SAN JOSE"/"San José"), nor a plural or demonym ending ("Democrat"/"Democrats",
    /// "Central America"/"Central American"); an article that writes both forms has a typo, not a
    /// position, so only articles that hold to one spelling are set against each other.
    static func spellings(_ articles: [AnalysedArticle], entities: EntityIndex) -> [ConflictRecord] {
        func letters(_ text: String) -> String {
            text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).filter(\.isLetter)
        }
        func onlyEnding(_ a: String, _ b: String) -> Bool {
            let (short, long) = a.count <= b.count ? (a, b) : (b, a)
            return long.hasPrefix(short) && ["s", "n", "ns", "an", "ans", "es"].contains(String(long.dropFirst(short.count)))
        }
        return entities.entities.filter { $0.spellings.count > 1 }.compactMap { entity in
            var values: [(ref: TextRef, article: Int)] = []
            var seen = Set<String>()
            var formsByArticle: [Int: Set<String>] = [:]
            for (article, mention) in entity.mentions where entity.spellings.contains(where: { mention.text.hasPrefix($0) }) {
                let name = entity.spellings.first(where: { mention.text.hasPrefix($0) })!
                formsByArticle[article, default: []].insert(letters(name))
                guard seen.insert("\(article)|\(name)").inserted else { continue }
                let span = Span(mention.span.start, mention.span.start + name.unicodeScalars.count)
                values.append((TextRef(article: articles[article].id, text: articles[article].text.slice(span), span: span), article))
            }
            // An article holds to a form only if its text nowhere writes another ("Punta Islita Airport" beside "Punta Islit").
            let steady = values.filter { value in
                guard formsByArticle[value.article]?.count == 1 else { return false }
                let text = articles[value.article].text.string
                return !entity.spellings.contains { letters($0) != letters(value.ref.text) && writesWord(text, $0) }
            }.map(\.ref)
            let forms = Array(Set(steady.map { letters($0.text) }))
            guard forms.count > 1, Set(steady.map(\.article)).count > 1 else { return nil }
            let differ = forms.indices.contains { a in forms.indices.contains { b in a < b && !onlyEnding(forms[a], forms[b]) } }
            return differ ? ConflictRecord(slot: "spelling of \(entity.name)", kind: .spelling, values: steady,
                                             rule: "one entity; each of these outlets writes it one way throughout, and the letters differ") : nil
        }
    }

    /// `text` has `phrase` as whole words (not "Punta Islit" inside "Punta Islita").
    static func writesWord(_ text: String, _ phrase: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: phrase, range: searchRange) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            searchRange = found.upperBound..<text.endIndex
        }
        return false
    }

    /// Tenure words: "former" and "ex-" put an office in the past, "elect" and "incoming" in the future.
    static let pastTenure: Set<String> = ["former", "ex"]
    static let futureTenure: Set<String> = ["elect", "incoming", "designate"]

    /// A person's office in one tense in one outlet and another tense in another: "Costa Rican President
    /// Laura Chinchilla" against "former Costa Rican president", "US President" against "president-elect".
    /// Different wordings of one job ("envoy" / "special representative", "spokesperson" / "spokeswoman")
    /// are shown in the people panel as roles given, not here: they do not contradict each other.
    static func roles(_ articles: [AnalysedArticle], entities: EntityIndex) -> [ConflictRecord] {
        var conflicts: [ConflictRecord] = []
        for entity in entities.entities where entity.kind == .person && entity.articleCount > 1 {
            // (ref, office noun, tense) per role given.
            var values: [(ref: TextRef, office: String, tense: Int)] = []
            for (article, mention) in entity.mentions {
                guard let role = mention.role, let roleText = mention.roleText else { continue }
                let words = WordNormal.norm(roleText).split(whereSeparator: { !$0.isLetter }).map(String.init)
                guard let office = words.last(where: { Vocabulary.roleNouns.contains($0) && !futureTenure.contains($0) && $0 != "mr" && $0 != "mrs" && $0 != "ms" }) else { continue }
                // "Former" may open the sentence outside the title's span, "ex-" be cut off at the hyphen.
                let before = articles[article].text.slice(Span(max(0, role.start - 8), role.start)).lowercased()
                let past = words.contains(where: pastTenure.contains) || words.contains("was") || before.hasSuffix("former ") || before.hasSuffix("ex-")
                let tense = past ? -1 : words.contains(where: futureTenure.contains) ? 1 : 0
                values.append((TextRef(article: articles[article].id, text: roleText, span: role), office, tense))
            }
            for office in Set(values.map(\.office)).sorted() {
                let same = values.filter { $0.office == office }
                // An article that gives two tenses of one office is not taken at its word on either.
                var tensesByArticle: [String: Set<Int>] = [:]
                for value in same { tensesByArticle[value.ref.article, default: []].insert(value.tense) }
                let steady = same.filter { tensesByArticle[$0.ref.article]!.count == 1 }
                var seen = Set<String>()
                let shown = steady.filter { seen.insert("\($0.ref.article)|\($0.tense)").inserted }
                guard Set(shown.map(\.tense)).count > 1, Set(shown.map(\.ref.article)).count > 1 else { continue }
                conflicts.append(ConflictRecord(slot: "tenure as \(office) of \(entity.name)", kind: .role, values: shown.map(\.ref),
                                                rule: "the same office in different tenses (former / current / elect)"))
            }
        }
        return conflicts
    }

    /// Speech verbs date or count the telling, not the event.
    static let speechVerbs: Set<String> = ["said", "say", "says", "told", "tell", "announced", "announce", "reported", "report", "added",
                                           "confirmed", "confirm", "stated", "wrote", "tweeted", "declared"]

    /// The verb a number or a date belongs to through the parse (its head, or its head's head, up to
    /// three steps), by stem; nil without a parse, or when it is a speech verb.
    static func governingVerb(of span: Span, sentence: Int, in language: LanguageAnalysis) -> String? {
        guard var index = language.tokens[language.sentences[sentence].tokens].lastIndex(where: { span.contains($0.span) }) else { return nil }
        for _ in 0..<4 {
            let token = language.tokens[index]
            if token.pos == .verb || (token.pos == .adj && token.relation == "root") {
                return speechVerbs.contains(token.norm) ? nil : token.stem
            }
            guard let head = token.head else { return nil }
            index = head
        }
        return nil
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
            var durations: [(ref: TextRef, number: NumberMention, predicate: String)] = []
            var counts: [String: [(ref: TextRef, number: NumberMention)]] = [:]
            var days: [TextRef] = []
            var dayValues: Set<String> = []
            var articlesWithDays = Set<String>()
            var duplicateDay = false
            var dayPredicates = Set<String>()
            for (article, sentence) in fact.members {
                let analysed = articles[article]
                let quoteSpans = analysed.attribution.quotes.map(\.span)
                for number in analysed.language.numbers where number.sentence == sentence && !number.isAge {
                    // Counted or timed in the same event: "trapping five people" and "40 people injured" count different things.
                    guard let predicate = governingVerb(of: number.counted ?? number.span, sentence: sentence, in: analysed.language) else { continue }
                    let ref = TextRef(article: analysed.id, text: number.text, span: number.span,
                                      value: number.days.map { "\(($0 * 1000).rounded() / 1000) days" })
                    if let length = number.days {
                        var inDays = number
                        inDays.value = (length * 1000).rounded() / 1000
                        durations.append((ref, inDays, predicate))
                    } else if let unit = number.unit, !quoteSpans.contains(where: { $0.contains(number.span) }) {
                        // "Two female gorillas" and "three gorillas" count different sets.
                        let counted = number.countedModifiers.isEmpty ? unit : number.countedModifiers + " " + unit
                        counts[counted + "|" + predicate, default: []].append((ref, number))
                    }
                }
                // When something happened: a day on or before publication (later days are plans, like an inauguration).
                let reference = analysed.language.referenceDate?.dayNumber ?? Int.max
                let dated = analysed.language.dates.filter {
                    $0.sentence == sentence && $0.date?.precision == .day && ($0.date?.dayNumber ?? Int.max) <= reference
                }
                // Written out ("Dec. 22"), not "today" or "Friday": those lean on a page date that is often wrong.
                if dated.count == 1, let date = dated[0].date, !dated[0].isRelative,
                   let predicate = governingVerb(of: dated[0].span, sentence: sentence, in: analysed.language) {
                    duplicateDay = duplicateDay || !articlesWithDays.insert(analysed.id).inserted
                    days.append(TextRef(article: analysed.id, text: dated[0].text, span: dated[0].span, value: date.iso))
                    dayValues.insert(date.iso)
                    dayPredicates.insert(predicate)
                }
            }
            for predicate in Set(durations.map(\.predicate)).sorted() {
                let same = durations.filter { $0.predicate == predicate }.map { (ref: $0.ref, number: $0.number) }
                if disagree(same, settings: settings) {
                    conflicts.append(ConflictRecord(slot: "how long (\(predicate)), in: \(short)", kind: .duration, values: same.map(\.ref),
                                                    rule: "one fact's sentences; durations of the same verb (\(predicate)) that no hedge reconciles"))
                }
            }
            for (key, values) in counts.sorted(by: { $0.key < $1.key }) where disagree(values, settings: settings) {
                let unit = String(key.split(separator: "|").first ?? "")
                let counted = values.lazy.compactMap(\.number.countedText).first.map(WordNormal.norm) ?? unit
                let predicate = key.split(separator: "|").last.map(String.init) ?? ""
                conflicts.append(ConflictRecord(slot: "how many \(counted), in: \(short)", kind: .number, values: values.map(\.ref),
                                                rule: "one fact's sentences; counts of the same thing (\(counted)) for the same verb (\(predicate)) that no hedge reconciles"))
            }
            // One event's day: every article dates the same verb ("was fired Friday" / "was fired Monday").
            if dayValues.count > 1, Set(days.map(\.article)).count > 1, !duplicateDay, dayPredicates.count == 1 {
                conflicts.append(ConflictRecord(slot: "when, in: \(short)", kind: .date, values: days,
                                                rule: "one fact's sentences; written-out days of the same verb (\(dayPredicates.first ?? ""))"))
            }
        }
        return conflicts
    }
}
