/// A name in the text ("Dmitry Peskov"), with the role the text gives it there, if any
/// ("Kremlin spokesman", "the former Trump administration special representative for Ukraine negotiations").
public struct NameMention: Sendable, Hashable, Codable {
    public var span: Span
    public var text: String
    public var kind: EntityKind
    public var role: Span?
    public var roleText: String?
    public var sentence: Int
    /// Index of its first token in `LanguageAnalysis.tokens`.
    public var firstToken: Int
    public var tokenCount: Int
    /// The name with the title or honorific written straight before it ("Mr. Paddock"), when there is one.
    public var titled: Span? = nil
}

/// A date expression with the calendar date it resolves to, at its own precision.
public struct DateMention: Sendable, Hashable, Codable {
    public var span: Span
    public var text: String
    /// What the text says ("Thursday"), whatever it resolves to.
    public var expression: DateExpression
    /// nil when the expression is relative and there is no date to resolve it against.
    public var date: PartialDate?
    public var sentence: Int

    /// Resolved against the publication date ("Thursday", "last month") rather than written out.
    public var isRelative: Bool { expression.isRelative }
}

/// A number in the text, with the word it counts, the words that hedge it and, for durations, its length in days.
public struct NumberMention: Sendable, Hashable, Codable {
    /// The whole phrase: qualifier, number and counted noun when it follows ("more than 70 world leaders").
    public var span: Span
    public var text: String
    public var value: Double
    /// The stem of the counted word ("leader", "time", "hour").
    public var unit: String?
    /// Length in days for durations ("24 hours" = 1, "one day" = 1).
    public var days: Double?
    public var isAge: Bool
    public var sentence: Int
    /// The noun it counts, as written ("leaders"), and where.
    public var counted: Span?
    public var countedText: String?
    /// The words between the number and what it counts, normalised ("female" in "two female gorillas"):
    /// counts of differently qualified things are of different sets.
    public var countedModifiers: String = ""
    /// The words that hedge it ("more than"), and what they make of the number.
    public var qualifier: Span?
    public var qualifierText: String?
    public var bound: NumberBound = .exact
    /// A range's upper end ("20-25": 25), `value` its lower.
    public var upper: Double?

    /// The values the text allows: "more than 70" anything from 70 up, "nearly 70" within `approximateShare` of it.
    public func allows(_ other: Double, approximateShare: Double) -> Bool {
        switch bound {
        case .exact: other == value
        case .atLeast: other >= value
        case .atMost: other <= value
        case .about: abs(other - value) <= abs(value) * approximateShare
        case .part: true
        case .range: other >= value && other <= (upper ?? value)
        }
    }
}

/// What a qualifier makes of a number: the number itself, a floor, a ceiling, an estimate, a part of a
/// total the text does not give ("another 24.5 inches", "five other defendants"), or a range ("20-25").
public enum NumberBound: String, Sendable, Hashable, Codable {
    case exact, atLeast, atMost, about, part, range
}
