/// A calendar date known only to some precision. A missing part is never invented:
/// "November 2024" stays a month, and a time is kept only when the source gives one.
public struct PartialDate: Hashable, Comparable, Sendable, Codable {
    public enum Precision: String, Codable, Sendable, Comparable {
        case year, month, day, time
        var rank: Int {
            switch self {
            case .year: 0
            case .month: 1
            case .day: 2
            case .time: 3
            }
        }
        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rank < rhs.rank }
    }

    public var year: Int
    public var month: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil, hour: Int? = nil, minute: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.hour = self.day == nil ? nil : hour
        self.minute = self.hour == nil ? nil : minute
    }

    public var precision: Precision {
        if hour != nil { return .time }
        if day != nil { return .day }
        if month != nil { return .month }
        return .year
    }

    /// ISO 8601 at the date's own precision: `2024`, `2024-11`, `2024-11-07`, `2024-11-07T14:30`.
    public var iso: String {
        var text = String(format4(year))
        if let month { text += "-" + format2(month) }
        if let day { text += "-" + format2(day) }
        if let hour { text += "T" + format2(hour) + ":" + format2(minute ?? 0) }
        return text
    }

    /// Only the day part, dropping any time.
    public var dayOnly: PartialDate { PartialDate(year: year, month: month, day: day) }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let left = [lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.hour ?? -1, lhs.minute ?? -1]
        let right = [rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.hour ?? -1, rhs.minute ?? -1]
        return left.lexicographicallyPrecedes(right)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate.parseISO(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    /// Parses ISO 8601 prefixes: `2024`, `2024-11`, `2024-11-07`, `2024-11-07T14:30:00Z`.
    /// `T00:00:00` is read as a day alone, since feeds write it when they know only the day.
    public static func parseISO(_ text: String) -> PartialDate? {
        let scalars = Array(text.unicodeScalars)
        func number(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= scalars.count else { return nil }
            var value = 0
            for scalar in scalars[from..<(from + count)] {
                guard let digit = scalar.properties.numericType != nil ? Int(String(scalar)) : nil else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0, 4), year > 1000 else { return nil }
        guard scalars.count > 4, scalars[4] == "-", let month = number(5, 2), (1...12).contains(month) else {
            return scalars.count == 4 ? PartialDate(year: year) : nil
        }
        guard scalars.count > 7, scalars[7] == "-", let day = number(8, 2), (1...31).contains(day) else {
            return PartialDate(year: year, month: month)
        }
        guard scalars.count > 10, scalars[10] == "T" || scalars[10] == " ",
              let hour = number(11, 2), scalars.count > 13, scalars[13] == ":", let minute = number(14, 2),
              hour < 24, minute < 60
        else { return PartialDate(year: year, month: month, day: day) }
        if hour == 0 && minute == 0 { return PartialDate(year: year, month: month, day: day) }
        return PartialDate(year: year, month: month, day: day, hour: hour, minute: minute)
    }
}

private func format2(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
private func format4(_ value: Int) -> String {
    let text = "\(value)"
    return String(repeating: "0", count: max(0, 4 - text.count)) + text
}
