/// Finds date expressions and resolves them against the article's publication date:
/// a bare "Thursday" in a piece published on Friday 2024-11-08 is 2024-11-07; a month alone
/// stays a month; nothing is resolved when there is no date to resolve against.
enum DateFinder {
    static let relativeDays: [String: Int] = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0]
    static let minYear = 1900
    static let maxYear = 2099

    static func find(text: ScalarText, tokens: [Token], sentences: [Sentence], reference: PartialDate?) -> (dates: [DateMention], consumed: Set<Int>) {
        var mentions: [DateMention] = []
        var consumed: Set<Int> = []
        let referenceDay = reference?.dayNumber
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            let end = sentence.tokens.upperBound
            func number(_ at: Int) -> Int? { at < end ? Int(tokens[at].norm) : nil }
            func add(_ from: Int, _ to: Int, _ date: PartialDate?, relative: Bool) {
                let span = Span(tokens[from].span.start, tokens[to - 1].span.end)
                mentions.append(DateMention(span: span, text: text.slice(span), date: date, isRelative: relative, sentence: sentenceIndex))
                for token in from..<to { consumed.insert(token) }
                index = to
            }
            while index < end {
                let token = tokens[index]
                let previous = index > sentence.tokens.lowerBound ? tokens[index - 1].norm : ""
                if let month = Vocabulary.months[token.norm], token.isCapitalised, token.norm != "may" || number(index + 1) != nil,
                   token.norm.count >= 3 {
                    if let day = number(index + 1), (1...31).contains(day), tokens[index + 1].norm.count <= 2 {
                        if let year = number(index + 2), (minYear...maxYear).contains(year) {
                            add(index, index + 3, PartialDate(year: year, month: month, day: day), relative: false)
                        } else {
                            add(index, index + 2, closestYear(month: month, day: day, reference: reference), relative: true)
                        }
                        continue
                    }
                    if let year = number(index + 1), (minYear...maxYear).contains(year) {
                        add(index, index + 2, PartialDate(year: year, month: month), relative: false)
                        continue
                    }
                    if let day = Int(previous), (1...31).contains(day), index > sentence.tokens.lowerBound {
                        if let year = number(index + 1), (minYear...maxYear).contains(year) {
                            add(index - 1, index + 2, PartialDate(year: year, month: month, day: day), relative: false)
                            continue
                        }
                    }
                    add(index, index + 1, closestYear(month: month, day: nil, reference: reference), relative: true)
                    continue
                }
                if let weekday = Vocabulary.weekdays[token.norm] {
                    var date: PartialDate?
                    if let referenceDay {
                        let referenceWeekday = CalendarMath.weekday(days: referenceDay)
                        if previous == "next" {
                            let ahead = (weekday - referenceWeekday + 7) % 7
                            date = PartialDate(dayNumber: referenceDay + (ahead == 0 ? 7 : ahead))
                        } else {
                            // News reports the past: the latest such weekday on or before publication.
                            date = PartialDate(dayNumber: referenceDay - (referenceWeekday - weekday + 7) % 7)
                        }
                    }
                    add(index, index + 1, date, relative: true)
                    continue
                }
                if let offset = relativeDays[token.norm] {
                    add(index, index + 1, referenceDay.map { PartialDate(dayNumber: $0 + offset) }, relative: true)
                    continue
                }
                if token.norm == "last" || token.norm == "next", index + 1 < end, let reference,
                   ["month", "year", "week"].contains(tokens[index + 1].norm) {
                    let step = token.norm == "last" ? -1 : 1
                    let date: PartialDate? = switch tokens[index + 1].norm {
                    case "year": PartialDate(year: reference.year + step)
                    case "month": reference.month.map { shiftMonth(year: reference.year, month: $0, by: step) }
                    default: nil
                    }
                    if date != nil {
                        add(index, index + 2, date, relative: true)
                        continue
                    }
                }
                if let year = Int(token.norm), token.norm.count == 4, (minYear...maxYear).contains(year) {
                    add(index, index + 1, PartialDate(year: year), relative: false)
                    continue
                }
                index += 1
            }
        }
        return (mentions, consumed)
    }

    /// A month (and day) without a year: the year that puts it nearest the publication date.
    static func closestYear(month: Int, day: Int?, reference: PartialDate?) -> PartialDate? {
        guard let reference else { return nil }
        let referenceMonth = reference.month ?? 6
        var best = reference.year
        var bestDistance = Int.max
        for year in (reference.year - 1)...(reference.year + 1) {
            let distance = abs((year * 12 + month) - (reference.year * 12 + referenceMonth))
            if distance < bestDistance {
                best = year
                bestDistance = distance
            }
        }
        if let day { return PartialDate(year: best, month: month, day: min(day, CalendarMath.daysInMonth(year: best, month: month))) }
        return PartialDate(year: best, month: month)
    }

    static func shiftMonth(year: Int, month: Int, by step: Int) -> PartialDate {
        let index = year * 12 + (month - 1) + step
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }
}
