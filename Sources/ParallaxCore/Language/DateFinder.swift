/// Finds date expressions and resolves them against a reference date (the article's own publication
/// date, or later the story's): a bare "Thursday" in a piece published on Friday 2024-11-08 is
/// 2024-11-07; a month alone stays a month; nothing is resolved when there is no date to resolve against.
/// What an expression says is kept apart from what it resolves to, so an undated article's analysis
/// stands alone and the compare stage resolves it against its story.
enum DateFinder {
    static let relativeDays: [String: Int] = ["today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0]

    static func find(text: ScalarText, tokens: [Token], sentences: [Sentence], reference: PartialDate?,
                     settings: LanguageSettings) -> (dates: [DateMention], consumed: Set<Int>) {
        let years = settings.minYear...settings.maxYear
        var mentions: [DateMention] = []
        var consumed: Set<Int> = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                guard let (end, expression) = expression(at: index, tokens: tokens, sentence: sentence.tokens, years: years) else {
                    index += 1
                    continue
                }
                let span = Span(tokens[index].span.start, tokens[end - 1].span.end)
                mentions.append(DateMention(span: span, text: text.slice(span), expression: expression,
                                            date: expression.resolve(against: reference), sentence: sentenceIndex))
                for token in index..<end { consumed.insert(token) }
                index = end
            }
        }
        return (mentions, consumed)
    }

    /// The date expression starting at token `index` (or, for "7 November 2024", at the day before it),
    /// and the token after it.
    static func expression(at index: Int, tokens: [Token], sentence: Range<Int>, years: ClosedRange<Int>) -> (end: Int, DateExpression)? {
        let token = tokens[index]
        let previous = index > sentence.lowerBound ? tokens[index - 1].norm : ""
        func number(_ at: Int) -> Int? { at < sentence.upperBound ? Int(tokens[at].norm) : nil }
        if let month = Vocabulary.months[token.norm], token.isCapitalised, token.norm != "may" || number(index + 1) != nil,
           token.norm.count >= 3 {
            return monthExpression(month, at: index, tokens: tokens, number: number, years: years)
        }
        // "last November", "next March": the month before or after the reference month, whatever its year.
        if token.norm == "last" || token.norm == "next", index + 1 < sentence.upperBound,
           let month = Vocabulary.months[tokens[index + 1].norm], tokens[index + 1].isCapitalised, number(index + 2) == nil {
            return (index + 2, .namedMonth(month: month, step: token.norm == "last" ? -1 : 1))
        }
        if let weekday = Vocabulary.weekdays[token.norm] {
            return (index + 1, .weekday(weekday, next: previous == "next"))
        }
        // "USA Today", "Florida Today": a capitalised "Today" straight after a capitalised word names a paper.
        if let offset = relativeDays[token.norm],
           !(token.isCapitalised && index > sentence.lowerBound && tokens[index - 1].isCapitalised
             && tokens[index - 1].span.end + 1 == token.span.start) {
            return (index + 1, .dayOffset(offset))
        }
        if token.norm == "last" || token.norm == "next", index + 1 < sentence.upperBound {
            let step = token.norm == "last" ? -1 : 1
            switch tokens[index + 1].norm {
            case "year": return (index + 2, .yearOffset(step))
            case "month": return (index + 2, .monthOffset(step))
            default: break
            }
        }
        if let year = Int(token.norm), token.norm.count == 4, years.contains(year) {
            return (index + 1, .written(PartialDate(year: year)))
        }
        return nil
    }

    /// "November 7, 2024", "November 7", "November 2024", "November" (a day written first, as in
    /// "7 November 2024", is not read: the month and year are).
    static func monthExpression(_ month: Int, at index: Int, tokens: [Token], number: (Int) -> Int?,
                                years: ClosedRange<Int>) -> (end: Int, DateExpression) {
        if let day = number(index + 1), (1...31).contains(day), tokens[index + 1].norm.count <= 2 {
            if let year = number(index + 2), years.contains(year) {
                return (index + 3, .written(PartialDate(year: year, month: month, day: day)))
            }
            return yearWord(after: index + 2, month: month, day: day, tokens: tokens) ?? (index + 2, .monthDay(month: month, day: day))
        }
        if let year = number(index + 1), years.contains(year) {
            return (index + 2, .written(PartialDate(year: year, month: month)))
        }
        return yearWord(after: index + 1, month: month, day: nil, tokens: tokens) ?? (index + 1, .monthDay(month: month, day: nil))
    }

    /// "June 12 last year", "in March this year": the year said in words after a month.
    static func yearWord(after end: Int, month: Int, day: Int?, tokens: [Token]) -> (end: Int, DateExpression)? {
        guard end + 1 < tokens.count, tokens[end + 1].sentence == tokens[end].sentence, tokens[end + 1].norm == "year",
              let step = ["last": -1, "this": 0, "next": 1][tokens[end].norm] else { return nil }
        return (end + 2, .monthDayInYear(month: month, day: day, yearOffset: step))
    }
}

/// What a date expression says, before it is resolved: written out in full, or relative to a
/// reference date it needs ("Thursday", "November 7", "last month").
public enum DateExpression: Sendable, Hashable, Codable {
    case written(PartialDate)
    /// A month, and maybe a day, without a year.
    case monthDay(month: Int, day: Int?)
    /// A month (and day) in a year said in words: "June 12 last year".
    case monthDayInYear(month: Int, day: Int?, yearOffset: Int)
    /// 0 = Sunday; `next` for "next Thursday".
    case weekday(Int, next: Bool)
    case dayOffset(Int)
    case monthOffset(Int)
    case yearOffset(Int)
    /// "last November" (-1), "next March" (+1): the nearest such month strictly before or after the reference's.
    case namedMonth(month: Int, step: Int)

    /// Resolved against the publication date rather than written out.
    public var isRelative: Bool {
        if case .written = self { return false }
        return true
    }

    /// The date this expression means when written on `reference` (nil when it needs a reference
    /// that is missing, or more precise than the one given).
    public func resolve(against reference: PartialDate?) -> PartialDate? {
        let reference = reference?.dayOnly
        let referenceDay = reference?.dayNumber
        switch self {
        case .written(let date):
            return date
        case .monthDay(let month, let day):
            return reference.map { Self.closestYear(month: month, day: day, reference: $0) }
        case .monthDayInYear(let month, let day, let offset):
            return reference.map { PartialDate(year: $0.year + offset, month: month, day: day) }
        case .weekday(let weekday, let next):
            guard let referenceDay else { return nil }
            let referenceWeekday = CalendarMath.weekday(days: referenceDay)
            if next {
                let ahead = (weekday - referenceWeekday + 7) % 7
                return PartialDate(dayNumber: referenceDay + (ahead == 0 ? 7 : ahead))
            }
            // News reports the past: the latest such weekday on or before publication.
            return PartialDate(dayNumber: referenceDay - (referenceWeekday - weekday + 7) % 7)
        case .dayOffset(let offset):
            return referenceDay.map { PartialDate(dayNumber: $0 + offset) }
        case .monthOffset(let step):
            guard let reference, let month = reference.month else { return nil }
            let index = reference.year * 12 + (month - 1) + step
            return PartialDate(year: index / 12, month: index % 12 + 1)
        case .yearOffset(let step):
            return reference.map { PartialDate(year: $0.year + step) }
        case .namedMonth(let month, let step):
            guard let reference, let referenceMonth = reference.month else { return nil }
            if step < 0 { return PartialDate(year: month < referenceMonth ? reference.year : reference.year - 1, month: month) }
            return PartialDate(year: month > referenceMonth ? reference.year : reference.year + 1, month: month)
        }
    }

    /// Months ahead of the reference within which a month written without a year is this year's coming one
    /// ("the Nov. 8 election", written in September); further ahead it is last year's: news reports the past
    /// ("the attacks on Nov. 13", written in July 2016, are of November 2015).
    static let maxMonthsAhead = 2

    /// A month (and day) without a year: the year that puts it nearest the reference date, no more than
    /// `maxMonthsAhead` months ahead of it.
    static func closestYear(month: Int, day: Int?, reference: PartialDate) -> PartialDate {
        let referenceMonth = reference.month ?? 6
        var best = reference.year
        var bestDistance = Int.max
        for year in (reference.year - 1)...(reference.year + 1) {
            let signed = (year * 12 + month) - (reference.year * 12 + referenceMonth)
            guard signed <= maxMonthsAhead else { continue }
            let distance = abs(signed)
            if distance < bestDistance {
                best = year
                bestDistance = distance
            }
        }
        if let day { return PartialDate(year: best, month: month, day: min(day, CalendarMath.daysInMonth(year: best, month: month))) }
        return PartialDate(year: best, month: month)
    }
}
