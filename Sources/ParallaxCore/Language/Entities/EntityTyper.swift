/// A name found by the entity typer: words `range` of a sentence, and what it names.
public struct TypedEntity: Sendable, Hashable {
    public var range: Range<Int>
    public var kind: EntityKind
}

/// Finds names as runs of proper nouns and types each person, organisation or place from the
/// words in it, the words beside it and the gazetteer; a name nothing points to stays untyped (nil),
/// because a wrong type misleads more than a missing one.
public enum EntityTyper {
    /// Written forms that name a country or body but are too short or dotted for the lists.
    static let aliases: [String: EntityKind] = [
        "US": .place, "U.S.": .place, "U.S": .place, "USA": .place, "U.S.A.": .place, "UK": .place, "U.K.": .place,
        "Britain": .place, "America": .place, "United States of America": .place, "EU": .organisation, "E.U.": .organisation, "UN": .organisation,
        "U.N.": .organisation, "NATO": .organisation, "United Nations": .organisation,
        // Parties, named by their members as news writes them.
        "Democrats": .organisation, "Republicans": .organisation, "GOP": .organisation, "Labour": .organisation,
        "Tories": .organisation, "Conservatives": .organisation, "Liberal Democrats": .organisation,
        // Platforms news cites daily: companies, not people or places.
        "Facebook": .organisation, "Twitter": .organisation, "Google": .organisation, "YouTube": .organisation,
        "Instagram": .organisation, "LinkedIn": .organisation, "WhatsApp": .organisation, "Snapchat": .organisation,
        "Reddit": .organisation, "TikTok": .organisation, "Microsoft": .organisation, "Yahoo": .organisation,
        // Faiths are neither.
        "Islam": .other, "Christianity": .other, "Judaism": .other,
    ]
    /// Titles that stand before a person's name and are not part of it.
    static let honorifics: Set<String> = ["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "miss", "sir", "prof", "prof."]
    /// Words that make a name an organisation, beyond the language stage's list.
    static let organisationWords: Set<String> = [
        "inc.", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "college", "school", "forces", "airways", "church", "team",
        "board", "federation", "society", "center", "centre", "hospital", "systems", "partners", "industries",
        "branch", "brigade", "service", "authority", "bureau", "administration", "temple", "synagogue", "mosque",
        "airlines", "air", "airways",
    ]
    /// Words that, after a name's first word, make it a place ("San Mateo Avenue", "Gulf of Mexico").
    static let placeWords: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "river", "lake", "mountain", "mountains",
        "mount", "park", "bay", "gulf", "sea", "ocean", "island", "islands", "valley", "county", "province", "airport",
        "beach", "hill", "hills", "square", "bridge", "building", "tower", "museum", "hotel", "restaurant", "memorial",
        "falls", "canyon", "coast", "strait", "peninsula", "desert", "station", "garden", "gardens", "strip", "cathedral",
    ]
    /// Prepositions after which a name is most often a place: not "to" or "from", which as often
    /// stand before the person spoken to or quoted ("a message from Trump").
    static let placePrepositions: Set<String> = ["in", "near", "across", "throughout", "outside", "inside", "into"]
    /// Lower-case words that may join two proper nouns into one name ("Gulf of Mexico", "AT & T").
    static let connectors: Set<String> = ["of", "-", "&"]
    /// Verbs of speech that people, far more than bodies, are the subject of ("Chahine said").
    static let speakerVerbs: Set<String> = ["said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "wrote", "replied", "recalled", "insisted"]
    /// Legal forms that follow a company's name after a comma ("Google, Inc.").
    static let legalForms: Set<String> = ["Inc.", "Inc", "Ltd.", "Ltd", "LLC", "Corp.", "PLC"]

    /// The typed names among a sentence's `words` (punctuation included, as the tagger reads them).
    public static func entities(words: [String], tags: [UPOS], gazetteer: Gazetteer, settings: LanguageSettings = LanguageSettings()) -> [TypedEntity] {
        names(words: words, tags: tags).compactMap { name in
            // A name a title stood before is a person's, unless its own words say otherwise.
            let kind = kind(of: words[name.range], previous: name.range.lowerBound > 0 ? words[name.range.lowerBound - 1] : nil,
                            next: name.range.upperBound < words.count ? words[name.range.upperBound] : nil, gazetteer: gazetteer, settings: settings)
            // "Mr. Kim": the tokenizer keeps the honorific's full stop apart, so the title stands two words back.
            let start = name.range.lowerBound
            let honoured = start >= 2 && words[start - 1] == "." && honorifics.contains(words[start - 2].lowercased())
            return (honoured ? .person : name.titled && kind == nil ? .person : kind).map { TypedEntity(range: name.range, kind: $0) }
        }
    }

    /// Runs of proper nouns that make one name each, a leading honorific or title left out (`titled`).
    static func names(words: [String], tags: [UPOS]) -> [(range: Range<Int>, titled: Bool)] {
        var found: [(range: Range<Int>, titled: Bool)] = []
        var index = 0
        while index < words.count {
            guard tags[index] == .propn || (joinsName(index, words, tags) && index + 1 < words.count && tags[index + 1] == .propn) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count {
                if tags[end] == .propn || joinsName(end, words, tags) {
                    end += 1
                } else if end + 1 < words.count, connectors.contains(words[end]), tags[end + 1] == .propn, isCapitalised(words[end + 1]) {
                    end += 2
                } else if end + 1 < words.count, words[end] == ",", legalForms.contains(words[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            var start = index
            while start < end, honorifics.contains(words[start].lowercased()) { start += 1 }
            var titled = start > index
            // A title before the name is not part of it ("Prime Minister Iyad Allawi", "Minister of
            // Defense Hazem Shaalan"): the name starts after the last role word.
            // (A run that was all honorifics, "Mr." alone, leaves nothing to search.)
            if start < end, let title = (start..<(end - 1)).last(where: { Vocabulary.roleNouns.contains(words[$0].lowercased()) }) {
                start = title + 1
                while start + 2 < end, connectors.contains(words[start]) { start += 2 }
                titled = true
            }
            if start < end { found.append((start..<end, titled)) }
            index = end
        }
        return found
    }

    /// A capitalised word inside a sentence that the tagger took for an adjective or noun ("United
    /// States", "New Orleans") joins the proper nouns beside it.
    static func joinsName(_ index: Int, _ words: [String], _ tags: [UPOS]) -> Bool {
        index > 0 && [.adj, .noun, .propn].contains(tags[index]) && isCapitalised(words[index]) && !isCalendarWord(words[index])
    }

    /// A people's name of two or more words ("Costa Rican", "South Korean", "Saudi Arabian"): its
    /// country's name with a demonym ending. Not a person, nor the place itself.
    public static func isDemonym(_ words: [String], gazetteer: Gazetteer) -> Bool {
        guard words.count >= 2, let last = words.last, last.hasSuffix("n") || last.hasSuffix("ese") || last.hasSuffix("ish") else { return false }
        let text = words.joined(separator: " ")
        return (1...2).contains { gazetteer.isPlace(String(text.dropLast($0))) }
    }

    /// Peoples' names not made from their country's by a regular ending.
    static let irregularDemonyms: Set<String> = ["british", "spanish", "turkish", "irish", "polish", "danish", "swedish", "finnish",
                                                 "scottish", "english", "flemish", "kurdish", "jewish", "cornish", "lebanese",
                                                 "maltese", "sudanese", "portuguese", "congolese", "burmese", "taiwanese", "peruvian",
                                                 "argentinian", "norwegian", "egyptian", "belgian", "brazilian", "hungarian"]

    /// One word that is a people's name: a place the lists know with a demonym ending ("Korea" → "Korean",
    /// "Europe" → "European", "Canada" → "Canadian", "China" → "Chinese", "Italy" → "Italian"), or a known
    /// irregular one. A surname with such an ending ("Aldean", "Gilean") is not one.
    public static func isOneWordDemonym(_ lower: String, gazetteer: Gazetteer) -> Bool {
        if irregularDemonyms.contains(lower) { return true }
        let word = lower.prefix(1).uppercased() + lower.dropFirst()
        for cut in 1...4 where cut < word.count {
            let stem = String(word.dropLast(cut))
            if ["", "a", "y", "e", "o"].contains(where: { gazetteer.isPlace(stem + $0) }) { return true }
        }
        return false
    }

    static func isCapitalised(_ word: String) -> Bool { word.unicodeScalars.first?.properties.isUppercase ?? false }

    static func isCalendarWord(_ word: String) -> Bool {
        let lower = word.lowercased()
        return Vocabulary.months[lower] != nil || Vocabulary.weekdays[lower] != nil
    }

    /// What the name `words` names, read from its own words first, then the gazetteer, then the words
    /// beside it; nil when nothing points anywhere.
    public static func kind(of words: ArraySlice<String>, previous: String?, next: String?, gazetteer: Gazetteer,
                            settings: LanguageSettings = LanguageSettings()) -> EntityKind? {
        var words = Array(words)
        guard let first = words.first, let last = words.last else { return nil }
        // "Russia's" is looked up as "Russia".
        for suffix in ["'s", "\u{2019}s"] where last.hasSuffix(suffix) && last.count > 2 { words[words.count - 1] = String(last.dropLast(2)) }
        let text = words.joined(separator: " ")
        if let alias = aliases[text] { return alias }
        let lower = words.map { $0.lowercased() }
        // Addresses and handles are not names.
        if lower.contains(where: { $0.contains("@") || $0.hasPrefix("www.") || $0.hasPrefix("http") || $0.hasSuffix(".com") }) { return nil }
        if words.count == 1, isCalendarWord(first) { return nil }
        if isDemonym(words, gazetteer: gazetteer) { return nil }
        if lower.contains(where: { Vocabulary.organisationWords.contains($0) || organisationWords.contains($0) }) { return .organisation }
        if lower.dropFirst().contains(where: placeWords.contains) { return .place }
        if gazetteer.isPlace(text) { return .place }
        // A dateline writes the place in capitals ("WASHINGTON —").
        if words.allSatisfy({ $0.count > 3 && $0 == $0.uppercased() }),
           gazetteer.isPlace(words.map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")) { return .place }
        // Web text writes places in lower case ("buy some weed in auckland"); the tagger still took it for a proper noun.
        if lower == words, gazetteer.isPlace(words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")) { return .place }
        if words.count == 1, NameFinder.isAcronym(first) { return .organisation }
        let before = previous?.lowercased()
        if let before, honorifics.contains(before) || Vocabulary.roleNouns.contains(before) { return .person }
        if gazetteer.isGivenName(first) { return .person }
        if let before, placePrepositions.contains(before) { return .place }
        if gazetteer.isSurname(words[words.count - 1]) { return .person }
        if let next, words.count <= settings.maxSpeakerNameWords, speakerVerbs.contains(next.lowercased()) { return .person }
        return nil
    }
}
