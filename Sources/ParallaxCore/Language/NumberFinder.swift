/// Finds counts, amounts and durations ("70 world leaders", "24 hours", "one day", "72-year-old").
enum NumberFinder {
    static func find(text: ScalarText, tokens: [Token], sentences: [Sentence], skip: Set<Int>) -> [NumberMention] {
        var mentions: [NumberMention] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            while index < end {
                guard !skip.contains(index), var value = value(of: tokens[index]) else {
                    index += 1
                    continue
                }
                var last = index
                // "2 million", "two hundred"
                while last + 1 < end, let multiplier = Vocabulary.multipliers[tokens[last + 1].norm] {
                    value *= multiplier
                    last += 1
                }
                var unit: String?
                var days: Double?
                var isAge = false
                var next = last + 1
                if next < end, tokens[next].isStopword == false, !tokens[next].isNumber {
                    let stem = Stemmer.stem(tokens[next].norm)
                    let singular = tokens[next].norm.hasSuffix("s") ? String(tokens[next].norm.dropLast()) : tokens[next].norm
                    if let perDay = Vocabulary.durationUnits[singular] {
                        days = value * perDay
                        unit = singular
                        if next + 1 < end, tokens[next + 1].norm == "old" {
                            isAge = true
                            days = nil
                            next += 1
                        }
                    } else {
                        unit = stem
                    }
                }
                let span = Span(tokens[index].span.start, tokens[unit == nil ? last : min(next, end - 1)].span.end)
                let isWordNumber = !tokens[index].isNumber
                // A lone "one" is a pronoun far more often than a count: keep word numbers only with a unit.
                if !isWordNumber || unit != nil {
                    mentions.append(NumberMention(span: span, text: text.slice(span), value: value, unit: unit, days: days,
                                                  isAge: isAge, sentence: sentenceIndex))
                }
                index = max(last, next) + 1
            }
        }
        return mentions
    }

    static func value(of token: Token) -> Double? {
        if token.isNumber {
            return Double(token.norm.replacingOccurrences(of: ",", with: ""))
        }
        return Vocabulary.numberWords[token.norm]
    }
}
