/// Finds counts, amounts and durations ("70 world leaders", "24 hours", "one day", "72-year-old"),
/// each with what it counts and the words that hedge it ("nearly", "more than", "up to").
enum NumberFinder {
    static func find(text: ScalarText, tokens: [Token], sentences: [Sentence], skip: Set<Int>,
                     settings: LanguageSettings = LanguageSettings()) -> [NumberMention] {
        var mentions: [NumberMention] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            let parsed = tokens[sentence.tokens].contains { $0.relation != nil }
            while index < end {
                guard !skip.contains(index), var value = value(of: tokens[index]) else {
                    index += 1
                    continue
                }
                var last = index
                // "20-25 mph", "2–3 million": a range, its second number right after a dash.
                var upper: Double?
                if last + 1 < end, tokens[last + 1].isNumber, let second = Self.value(of: tokens[last + 1]),
                   tokens[last + 1].span.start == tokens[last].span.end + 1, ["-", "\u{2013}"].contains(text.scalars[tokens[last].span.end]) {
                    upper = second
                    last += 1
                }
                // "2 million", "two hundred"
                while last + 1 < end, let multiplier = Vocabulary.multipliers[tokens[last + 1].norm] {
                    value *= multiplier
                    upper = upper.map { $0 * multiplier }
                    last += 1
                }
                var unit: String?
                var counted: Int?
                var days: Double?
                var isAge = false
                var next = last + 1
                if next < end, tokens[next].isStopword == false, !tokens[next].isNumber {
                    let singular = tokens[next].norm.hasSuffix("s") ? String(tokens[next].norm.dropLast()) : tokens[next].norm
                    if let perDay = Vocabulary.durationUnits[singular] {
                        days = value * perDay
                        unit = singular
                        counted = next
                        if next + 1 < end, tokens[next + 1].norm == "old" {
                            isAge = true
                            days = nil
                            next += 1
                        }
                    } else if !parsed {
                        unit = Stemmer.stem(tokens[next].norm)
                        counted = next
                    }
                }
                // With a parse, what a number counts is the noun it modifies ("70 world leaders": leaders),
                // not merely the next word; a number that modifies no noun ("in 52 to 48") counts nothing.
                if parsed, days == nil, !isAge, let noun = countedNoun(tokens, number: index...last, sentence: sentence.tokens,
                                                                       maxGap: settings.maxCountedNounGap) {
                    counted = noun
                    unit = Stemmer.stem(tokens[noun].norm)
                }
                var qualifier = qualifier(tokens, before: index, sentenceStart: sentence.tokens.lowerBound)
                // "Another 24.5 inches", "five other defendants": a part, not the total another outlet may give.
                let between = counted.map { $0 > last ? Array(tokens[(last + 1)..<$0]) : [] } ?? []
                if index > sentence.tokens.lowerBound, Self.partWords.before.contains(tokens[index - 1].norm) {
                    qualifier = (index - 1, index - 1, .part)
                } else if between.contains(where: { Self.partWords.between.contains($0.norm) }) {
                    qualifier = (qualifier?.first ?? index, qualifier?.last ?? index, .part)
                }
                let phraseEnd = max(last, counted.map { $0 > last ? $0 : last } ?? last, isAge ? next : last)
                let span = Span(tokens[qualifier?.first ?? index].span.start, tokens[phraseEnd].span.end)
                let isWordNumber = !tokens[index].isNumber
                // A lone "one" is a pronoun far more often than a count: keep word numbers only with a unit.
                if !isWordNumber || unit != nil {
                    mentions.append(NumberMention(
                        span: span, text: text.slice(span), value: value, unit: unit, days: days, isAge: isAge, sentence: sentenceIndex,
                        counted: counted.map { tokens[$0].span }, countedText: counted.map { tokens[$0].text },
                        countedModifiers: between.map { Stemmer.stem($0.norm) }.joined(separator: " "),
                        qualifier: qualifier.flatMap { $0.last < index ? Span(tokens[$0.first].span.start, tokens[$0.last].span.end) : nil },
                        qualifierText: qualifier.flatMap { q in q.last < index ? tokens[q.first...q.last].map(\.norm).joined(separator: " ") : nil },
                        bound: upper != nil ? .range : qualifier?.bound ?? .exact, upper: upper))
                }
                index = max(last, next, phraseEnd) + 1
            }
        }
        return mentions
    }

    /// The noun the number phrase `number` modifies as `nummod`, if it stands at most `maxGap` words after it.
    static func countedNoun(_ tokens: [Token], number: ClosedRange<Int>, sentence: Range<Int>, maxGap: Int) -> Int? {
        for position in number.reversed() {
            guard tokens[position].relation == "nummod", let head = tokens[position].head, !number.contains(head) else { continue }
            guard head > number.upperBound, head - number.upperBound <= maxGap, sentence.contains(head),
                  tokens[head].pos == .noun || tokens[head].pos == .propn else { return nil }
            return head
        }
        return nil
    }

    /// Words that make a count a part of some total: before the number, or between it and what it counts.
    static let partWords: (before: Set<String>, between: Set<String>) = (
        ["another", "additional", "further"], ["other", "more", "additional", "further", "extra", "new"])

    /// Words before a number that make it approximate or a bound ("nearly", "more than", "up to").
    static let qualifiers: [(words: [String], bound: NumberBound)] = [
        (["more", "than"], .atLeast), (["over"], .atLeast), (["at", "least"], .atLeast), (["upwards", "of"], .atLeast),
        (["no", "fewer", "than"], .atLeast), (["no", "less", "than"], .atLeast), (["as", "many", "as"], .atMost),
        (["as", "much", "as"], .atMost), (["up", "to"], .atMost), (["less", "than"], .atMost), (["fewer", "than"], .atMost),
        (["under"], .atMost), (["at", "most"], .atMost), (["no", "more", "than"], .atMost),
        (["nearly"], .about), (["almost"], .about), (["about"], .about), (["around"], .about), (["roughly"], .about),
        (["approximately"], .about), (["some"], .about), (["close", "to"], .about), (["an", "estimated"], .about),
        (["estimated"], .about), (["probably"], .about), (["just", "over"], .atLeast), (["just", "under"], .atMost),
    ]

    /// The longest qualifier that ends right before `index`.
    static func qualifier(_ tokens: [Token], before index: Int, sentenceStart: Int) -> (first: Int, last: Int, bound: NumberBound)? {
        var best: (first: Int, last: Int, bound: NumberBound)?
        for entry in qualifiers where index - entry.words.count >= sentenceStart {
            let first = index - entry.words.count
            // Only spaces between its words and the number: "probably” 70" ends a quotation, it does not hedge the 70.
            guard (first..<index).allSatisfy({ tokens[$0].norm == entry.words[$0 - first] && tokens[$0 + 1].span.start == tokens[$0].span.end + 1 }),
                  best.map({ entry.words.count > $0.last - $0.first + 1 }) ?? true else { continue }
            best = (first, index - 1, entry.bound)
        }
        return best
    }

    static func value(of token: Token) -> Double? {
        if token.isNumber {
            return Double(token.norm.replacingOccurrences(of: ",", with: ""))
        }
        return Vocabulary.numberWords[token.norm]
    }
}
