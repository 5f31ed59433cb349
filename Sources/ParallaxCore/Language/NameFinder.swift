/// Finds names as runs of capitalised words, separates a leading title ("Russian President"),
/// reads a role from the words around the name, and guesses the kind from cues in and around it.
enum NameFinder {
    static let demonymSuffixes = ["ian", "ean", "ican", "ese", "ish"]

    static func find(text: ScalarText, tokens: [Token], sentences: [Sentence], lowerCaseWords: Set<String>,
                     gazetteer: Gazetteer? = nil, settings: LanguageSettings) -> [NameMention] {
        var mentions: [NameMention] = []
        // Capitalised words the article also writes standing alone (no hyphen on either side): "Putin" and
        // "Trump" of a "Putin-Trump call", but not "Maritimes" of "Alpes-Maritimes".
        var standalone = Set<String>()
        for (position, token) in tokens.enumerated() where token.isCapitalised {
            let hyphenBefore = position > 0 && isHyphenJoin(text, tokens[position - 1], token)
            let hyphenAfter = position + 1 < tokens.count && isHyphenJoin(text, token, tokens[position + 1])
            if !hyphenBefore && !hyphenAfter { standalone.insert(token.norm) }
        }
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard startsName(tokens[index]) else {
                    index += 1
                    continue
                }
                var end = index + 1
                while end < sentence.tokens.upperBound {
                    // "St George's Hospital", "King's College": a possessive inside a name that an
                    // institution's word ends; "Russia's Foreign Ministry" (and "Nice's Promenade") stop at it.
                    if hasPossessive(tokens[end - 1]),
                       !(joined(text, tokens[end - 1], tokens[end]) && isInstitutionWord(tokens[end])) { break }
                    if joined(text, tokens[end - 1], tokens[end]),
                       startsName(tokens[end]) || isMonthSurname(tokens[end], after: tokens[end - 1], gazetteer: gazetteer) {
                        end += 1
                    } else if isHyphenJoin(text, tokens[end - 1], tokens[end]), startsName(tokens[end]),
                              !(standalone.contains(tokens[end - 1].norm) && standalone.contains(tokens[end].norm)) {
                        // "Alpes-Maritimes", "Nice-Matin", "Allan-Jones": one name, unless both halves are names on their own.
                        end += 1
                    } else if end + 1 < sentence.tokens.upperBound, Vocabulary.nameConnectors.contains(tokens[end].norm),
                              joined(text, tokens[end - 1], tokens[end]), joined(text, tokens[end], tokens[end + 1]),
                              tokens[end + 1].isCapitalised,
                              !(tokens[end].norm == "of" && isPersonsName(tokens[index..<end], gazetteer: gazetteer)) {
                        // "Bank of America", "Duke of York"; but "Gavin Newsom of California" is a person and a place.
                        end += 2
                    } else if isShortHyphenatedSyllable(text, tokens: tokens, at: end, runStart: index, sentenceEnd: sentence.tokens.upperBound) {
                        // "Kim Jong-un", "Moon Jae-in": the last syllable of a Korean given name is written in lower case.
                        end += 1
                    } else {
                        break
                    }
                }
                if let mention = mention(text: text, tokens: tokens, range: index..<end, sentence: sentenceIndex,
                                         sentenceStart: sentence.tokens.lowerBound, sentenceEnd: sentence.tokens.upperBound,
                                         lowerCaseWords: lowerCaseWords, gazetteer: gazetteer, settings: settings) {
                    mentions.append(mention)
                }
                index = end
            }
        }
        typeSecondReferences(&mentions)
        return mentions
    }

    /// News names a person in full first and by surname after ("Lewis Hamilton … Hamilton"): a one-word
    /// name that ends a person's full name written earlier in the same article is that person, whatever a
    /// list of places says of the word (Hamilton, Ontario; Massa, Tuscany).
    static func typeSecondReferences(_ mentions: inout [NameMention]) {
        func bare(_ text: String) -> String {
            var word = WordNormal.norm(text)
            if word.hasSuffix("'s") { word.removeLast(2) }
            return word
        }
        var surnames = Set<String>()
        for index in mentions.indices {
            let mention = mentions[index]
            let words = mention.text.split(separator: " ").map(String.init)
            if mention.kind == .person, mention.tokenCount >= 2,
               let last = words.last(where: { !EntityIndex.generationalSuffixes.contains(bare($0).replacingOccurrences(of: ".", with: "")) }) {
                surnames.insert(bare(last))
            } else if mention.tokenCount == 1, mention.kind != .person, mention.kind != .organisation, mention.role == nil,
                      surnames.contains(bare(mention.text)) {
                mentions[index].kind = .person
            }
        }
    }

    /// Two or more capitalised words opening with a given name the lists know and holding no institution word.
    static func isPersonsName(_ run: ArraySlice<Token>, gazetteer: Gazetteer?) -> Bool {
        guard let gazetteer, run.count >= 2, let first = run.first, gazetteer.isGivenName(first.text) else { return false }
        return !run.contains { isInstitutionWord($0) }
    }

    /// Longest lower-case syllable a hyphen joins to a name.
    static let maxHyphenatedSyllable = 3

    /// A hyphen and a short lower-case syllable after the second (or later) capitalised word of a run:
    /// "Jong-un". After one word it is a compound ("Clinton-era", "Trump-led").
    static func isShortHyphenatedSyllable(_ text: ScalarText, tokens: [Token], at index: Int, runStart: Int, sentenceEnd: Int) -> Bool {
        guard index < sentenceEnd, index - runStart >= 2, index > 0 else { return false }
        let left = tokens[index - 1], right = tokens[index]
        guard right.span.start - left.span.end == 1, ["-", "\u{2010}", "\u{2011}"].contains(text.scalars[left.span.end]),
              left.isCapitalised, !right.isCapitalised, right.text.count <= maxHyphenatedSyllable,
              right.text.allSatisfy({ $0.isLetter }) else { return false }
        return true
    }

    /// A month's name straight after a given name is a surname ("Theresa May", "Brian May").
    static func isMonthSurname(_ token: Token, after previous: Token, gazetteer: Gazetteer?) -> Bool {
        guard let gazetteer, token.isCapitalised, Vocabulary.months[token.norm] != nil else { return false }
        return gazetteer.isGivenName(previous.text)
    }

    /// Pronouns that a contraction opens ("You're", "I've", "It's"): capitalised by their place, never a name.
    static let contractedPronouns: Set<String> = ["i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what", "let"]

    static func startsName(_ token: Token) -> Bool {
        let norm = hasPossessive(token) ? String(token.norm.dropLast(2)) : token.norm
        return token.isCapitalised && Vocabulary.months[norm] == nil && Vocabulary.weekdays[norm] == nil
    }

    static func hasPossessive(_ token: Token) -> Bool { token.norm.hasSuffix("'s") }

    /// The capitalised title or honorific written straight before a name, "Mr. " (its full stop a
    /// gap between tokens) or "Sheriff ": its token index.
    static func titleBefore(text: ScalarText, tokens: [Token], nameStart: Int, sentenceStart: Int) -> Int? {
        let index = nameStart - 1
        guard index >= sentenceStart, tokens[index].isCapitalised, Vocabulary.roleNouns.contains(tokens[index].norm) else { return nil }
        let gap = text.slice(Span(tokens[index].span.end, tokens[nameStart].span.start))
        return gap == " " || gap == ". " ? index : nil
    }

    /// "F.B.I", "U.N": letters each followed by a full stop but the last.
    static func isDottedInitialism(_ word: String) -> Bool {
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && $0.first!.isLetter }
    }

    static func isInstitutionWord(_ token: Token) -> Bool {
        token.isCapitalised && (Vocabulary.organisationWords.contains(token.norm) || EntityTyper.organisationWords.contains(token.norm)
            || EntityTyper.placeWords.contains(token.norm))
    }

    /// Two capitalised tokens with only a hyphen between them.
    static func isHyphenJoin(_ text: ScalarText, _ left: Token, _ right: Token) -> Bool {
        right.span.start - left.span.end == 1 && ["-", "\u{2010}", "\u{2011}"].contains(text.scalars[left.span.end])
            && left.isCapitalised && right.isCapitalised
    }

    /// Two tokens are in one name when only a single space (or nothing) stands between them.
    static func joined(_ text: ScalarText, _ left: Token, _ right: Token) -> Bool {
        let gap = right.span.start - left.span.end
        if gap == 0 { return false }  // "Putin-Trump" splits at the hyphen via a token gap of 1, handled below
        if gap == 1 { return text.scalars[left.span.end] == " " }
        // A middle initial's full stop: "Michael E. Horowitz".
        if gap == 2, left.text.count == 1, left.isCapitalised, text.scalars[left.span.end] == ".", text.scalars[left.span.end + 1] == " " {
            return true
        }
        return false
    }

    static func mention(text: ScalarText, tokens: [Token], range: Range<Int>, sentence: Int, sentenceStart: Int,
                        sentenceEnd: Int, lowerCaseWords: Set<String>, gazetteer: Gazetteer?, settings: LanguageSettings) -> NameMention? {
        var start = range.lowerBound
        var end = range.upperBound
        // Leading words capitalised only by position, and a title before the name.
        // ("US" is a country, not the pronoun "us".)
        while start < end, Vocabulary.notNames.contains(tokens[start].norm), !isAcronym(tokens[start].text) { start += 1 }
        // A word that opens the sentence is capitalised by its place: unless the tagger calls it a
        // proper noun ("Hackers stole…", "Instead, …"), it is not part of the name.
        while start < end, start == sentenceStart, let pos = tokens[start].pos, pos != .propn, !isAcronym(tokens[start].text) { start += 1 }
        var titleEnd: Int?
        for index in start..<end where Vocabulary.roleNouns.contains(tokens[index].norm) { titleEnd = index + 1 }
        let titleStart = start
        // "Justice Department", "Defense Ministry": a role word before one institution word names the body.
        if let afterTitle = titleEnd, afterTitle == end - 1, isInstitutionWord(tokens[end - 1]) { titleEnd = nil }
        if let afterTitle = titleEnd {
            start = afterTitle
            // "Mayor of London Sadiq Khan": the title's "of" phrase belongs to the title, not the name.
            while start + 2 < end, Vocabulary.nameConnectors.contains(tokens[start].norm) { start += 2 }
            titleEnd = start
        }
        while end > start, Vocabulary.roleNouns.contains(tokens[end - 1].norm) { end -= 1 }
        guard start < end else { return nil }
        let first = tokens[start]
        let last = tokens[end - 1]
        var nameEnd = last.span.end
        if hasPossessive(last) { nameEnd -= 2 }
        // "F.B.I." keeps the full stop the tokenizer gave to the sentence.
        if isDottedInitialism(last.text), nameEnd < text.scalars.count, text.scalars[nameEnd] == "." { nameEnd += 1 }
        let span = Span(first.span.start, nameEnd)
        let nameText = text.slice(span)
        // The name as written with the title or honorific straight before it ("Mr. Paddock", "Sheriff Lombardo").
        let titled = titleBefore(text: text, tokens: tokens, nameStart: start, sentenceStart: sentenceStart).map { Span(tokens[$0].span.start, nameEnd) }
        let count = end - start
        if count == 1 {
            let lower = first.norm.replacingOccurrences(of: "'s", with: "")
            if lower.count < 2 { return nil }
            if let apostrophe = first.norm.firstIndex(of: "'"), contractedPronouns.contains(String(first.norm[..<apostrophe])) { return nil }
            // One capitalised word the tagger reads as a common word ("Initial findings", "“Everyone
            // …”", "the Hospital") is capitalised by its place or for emphasis, not a name.
            // ("Ms. Page": after an honorific or title it is a name, whatever the tagger says.)
            if let pos = first.pos, pos != .propn, !isAcronym(first.text),
               titleBefore(text: text, tokens: tokens, nameStart: start, sentenceStart: sentenceStart) == nil { return nil }
            // A people's name ("Korean", "Italian") is no name; a word after "Mr." is, whatever its ending ("Mr. Aldean").
            if titleBefore(text: text, tokens: tokens, nameStart: start, sentenceStart: sentenceStart) == nil,
               lower.count >= settings.minDemonymLength, demonymSuffixes.contains(where: lower.hasSuffix),
               !Vocabulary.organisationWords.contains(lower),
               gazetteer.map({ EntityTyper.isOneWordDemonym(lower, gazetteer: $0) }) ?? true { return nil }
            // Sentence-initial words that the article also writes in lower case are not names.
            if start == sentenceStart, lowerCaseWords.contains(lower) { return nil }
        }

        // A people's name is no one's name, in two words ("Costa Rican officials") as in one ("Russian").
        if count > 1, let gazetteer, EntityTyper.isDemonym(tokens[start..<end].map(\.text), gazetteer: gazetteer) { return nil }

        // A transcript's turn opens with its speaker in capitals and a colon ("SHAPIRO:", "ARI SHAPIRO:"): a person.
        let speakerLabel = start == sentenceStart && count <= settings.maxSpeakerNameWords && nameEnd < text.scalars.count
            && text.scalars[nameEnd] == ":" && nameText.unicodeScalars.filter(\.properties.isAlphabetic).allSatisfy(\.properties.isUppercase)
            && !NewsOutlets.isKnown(nameText)
        var roleSpan: Span?
        if speakerLabel {
            // What follows the colon is what the speaker says, not a role.
        } else if let titleEnd, titleStart < titleEnd {
            // Extend back over lower-case role words before the run ("Kremlin spokesman").
            roleSpan = Span(tokens[titleStart].span.start, tokens[titleEnd - 1].span.end)
        } else if let before = roleBefore(tokens: tokens, nameStart: start, sentenceStart: sentenceStart, maxWords: settings.maxRoleWords) {
            roleSpan = before
        }
        if roleSpan == nil, !speakerLabel {
            roleSpan = apposition(text: text, tokens: tokens, nameEnd: end, sentenceEnd: sentenceEnd, maxWords: settings.maxAppositionWords)
        }
        if roleSpan == nil, !speakerLabel {
            roleSpan = parsedRole(tokens: tokens, name: start..<end, sentence: sentenceStart..<sentenceEnd, maxWords: settings.maxAppositionWords)
        }
        let previous = start > sentenceStart ? tokens[start - 1] : nil
        let typed = gazetteer.flatMap { gazetteer in
            EntityTyper.kind(of: tokens[start..<end].map(\.text)[...], previous: previous?.text, next: end < sentenceEnd ? tokens[end].text : nil,
                             gazetteer: gazetteer, settings: settings)
        }
        // Only a person's role makes a person: "a Hong Kong-flagged ship" is an apposition too.
        let personRole = roleSpan.map { span in
            WordNormal.norm(text.slice(span)).split(whereSeparator: { !$0.isLetter }).contains { Vocabulary.roleNouns.contains(String($0)) }
        } ?? false
        let kind = speakerLabel ? .person : classify(tokens: Array(tokens[start..<end]), hasRole: personRole || titled != nil, titled: titled != nil,
                            maxPersonWords: settings.maxPersonNameWords,
                            previous: previous, text: nameText, typed: typed, gazetteer: gazetteer)
        return NameMention(span: span, text: nameText, kind: kind, role: roleSpan, roleText: roleSpan.map(text.slice),
                           sentence: sentence, firstToken: start, tokenCount: count, titled: titled)
    }

    /// Role words straight before the name: "Kremlin spokesman", "former envoy".
    static func roleBefore(tokens: [Token], nameStart: Int, sentenceStart: Int, maxWords: Int) -> Span? {
        var index = nameStart
        var hasNoun = false
        while index > sentenceStart, nameStart - index < maxWords {
            let token = tokens[index - 1]
            let isRole = Vocabulary.roleNouns.contains(token.norm)
            guard isRole || (Vocabulary.roleModifiers.contains(token.norm) && token.norm != "for" && token.norm != "of")
                    || (token.isCapitalised && !Vocabulary.notNames.contains(token.norm)) else { break }
            // Only a space or a hyphen may stand between role words ("President-elect").
            if tokens[index - 1].span.end + 1 < tokens[index].span.start { break }
            hasNoun = hasNoun || isRole
            index -= 1
        }
        guard hasNoun, index < nameStart else { return nil }
        // Only a role noun may end the phrase, so "Kremlin spokesman" but not "Kremlin" alone.
        guard Vocabulary.roleNouns.contains(tokens[nameStart - 1].norm) else { return nil }
        return Span(tokens[index].span.start, tokens[nameStart - 1].span.end)
    }

    /// ", the former … special representative for Ukraine negotiations," after the name.
    static func apposition(text: ScalarText, tokens: [Token], nameEnd: Int, sentenceEnd: Int, maxWords: Int) -> Span? {
        guard nameEnd < sentenceEnd else { return nil }
        let gapStart = tokens[nameEnd - 1].span.end
        let gap = text.slice(Span(gapStart, tokens[nameEnd].span.start))
        guard gap == ", " else { return nil }
        // An apposition opens with a determiner, a possessive or a role word: ", the former envoy",
        // ", Trump's envoy"; ", Kremlin spokesperson Dmitry Peskov" is a list, not an apposition.
        let opener = tokens[nameEnd]
        guard ["the", "a", "an"].contains(opener.norm) || opener.norm.hasSuffix("'s")
                || Vocabulary.roleModifiers.contains(opener.norm) || Vocabulary.roleNouns.contains(opener.norm) else { return nil }
        var index = nameEnd
        var hasRole = false
        while index < sentenceEnd, index - nameEnd < maxWords {
            hasRole = hasRole || Vocabulary.roleNouns.contains(tokens[index].norm)
            // A role word followed by a name starts a new person, not this one's role.
            if Vocabulary.roleNouns.contains(tokens[index].norm), index + 1 < sentenceEnd, startsName(tokens[index + 1]),
               !Vocabulary.notNames.contains(tokens[index + 1].norm), tokens[index + 1].span.start == tokens[index].span.end + 1 { return nil }
            let after = index + 1 < sentenceEnd ? text.slice(Span(tokens[index].span.end, tokens[index + 1].span.start)) : ""
            if after.hasPrefix(",") || after.hasPrefix(".") || after.hasPrefix(";") || after.hasPrefix("(") {
                return hasRole && index > nameEnd ? Span(tokens[nameEnd].span.start, tokens[index].span.end) : nil
            }
            // A verb right after the comma means a clause, not an apposition.
            if index == nameEnd, ["said", "who", "which", "told", "says", "added"].contains(tokens[index].norm) { return nil }
            index += 1
        }
        return nil
    }

    /// The kind from the name's own words first, then a role given it, then what the entity typer
    /// read (`typed`: the gazetteer and the words beside it), then the shape of the name.
    /// A role the parse gives the name: an apposition right after it headed by a common noun
    /// ("Jane Doe, the company's chief executive, said"), or a role noun it is the subject of through a
    /// copula ("Peskov is the Kremlin's spokesman"). Either must be one unbroken run of at most `maxWords` words.
    static func parsedRole(tokens: [Token], name: Range<Int>, sentence: Range<Int>, maxWords: Int) -> Span? {
        guard tokens[sentence].contains(where: { $0.relation != nil }) else { return nil }
        func subtree(_ root: Int) -> ClosedRange<Int>? {
            var members: [Int] = []
            for index in sentence {
                var node: Int? = index
                var steps = 0
                while let current = node, current != root, steps < sentence.count { node = tokens[current].head; steps += 1 }
                if node == root { members.append(index) }
            }
            guard let low = members.min(), let high = members.max(), members.count == high - low + 1 else { return nil }
            return low...high
        }
        // The apposition: a dependent of a word of the name, starting right after it.
        for index in name.upperBound..<min(sentence.upperBound, name.upperBound + maxWords)
        where tokens[index].relation == "appos" && tokens[index].head.map(name.contains) == true {
            guard tokens[index].pos == .noun, let words = subtree(index), words.lowerBound == name.upperBound,
                  words.count <= maxWords else { return nil }
            return Span(tokens[words.lowerBound].span.start, tokens[words.upperBound].span.end)
        }
        // The copula: the name is the subject of a role noun that has "is"/"was" before it.
        guard let subject = name.first(where: { tokens[$0].relation == "nsubj" && tokens[$0].head.map(name.contains) == false }),
              let predicate = tokens[subject].head, predicate > name.upperBound, tokens[predicate].pos == .noun,
              Vocabulary.roleNouns.contains(tokens[predicate].norm) || Vocabulary.roleModifiers.contains(tokens[predicate].norm),
              let copula = sentence.first(where: { tokens[$0].relation == "cop" && tokens[$0].head == predicate }),
              copula >= name.upperBound, let words = subtree(predicate) else { return nil }
        let first = copula + 1
        guard first <= predicate, words.upperBound - first + 1 <= maxWords else { return nil }
        return Span(tokens[first].span.start, tokens[words.upperBound].span.end)
    }

    static func classify(tokens: [Token], hasRole: Bool, titled: Bool = false, maxPersonWords: Int, previous: Token?, text: String,
                         typed: EntityKind? = nil, gazetteer: Gazetteer? = nil) -> EntityKind {
        let norms = tokens.map { $0.norm.replacingOccurrences(of: "'s", with: "") }
        if norms.contains(where: { Vocabulary.organisationWords.contains($0) || EntityTyper.organisationWords.contains($0) }) || text.lowercased().hasSuffix(".com") { return .organisation }
        // "Mr. Kim", "Gov. Newsom", "Pres Obama": a title straight before one word names a person, whatever a
        // list of places says of the word.
        if titled, tokens.count == 1, !isAcronym(tokens[0].text) { return .person }
        // A place or a body the lists know stays one, whatever apposition follows ("Las Vegas, the city").
        if typed == .place || typed == .organisation { return typed! }
        if NewsOutlets.isKnown(text) { return .organisation }
        if hasRole { return .person }
        if let typed { return typed }
        if tokens.count == 1, isAcronym(tokens[0].text) { return .organisation }
        if let previous, tokens.count == 1, Vocabulary.placePrepositions.contains(previous.norm) { return .place }
        // A place's name opens many an institution's ("London Tramlink", "Croydon University Hospital"):
        // two capitalised words that hold a place are not a person's name.
        if let gazetteer, tokens.contains(where: { gazetteer.isPlace($0.text) }) { return .other }
        // With the lists, two to four capitalised words are a person's name only if they open with a given
        // name or end with a surname the lists know ("Nature Air", "Islamic State" stay untyped).
        if let gazetteer, !(gazetteer.isGivenName(tokens[0].text) || gazetteer.isSurname(tokens[tokens.count - 1].text)) { return .other }
        if tokens.count >= 2, tokens.count <= maxPersonWords, tokens.allSatisfy({ !isAcronym($0.text) || $0.text.count <= 2 }) { return .person }
        return .other
    }

    static func isAcronym(_ text: String) -> Bool {
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        return letters.count >= 2 && letters.allSatisfy { $0.properties.isUppercase }
    }
}
