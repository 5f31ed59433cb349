/// Reads an absolute date out of a short piece of text such as a dateline:
/// "November 07, 2024", "7 Nov 2024 14:30", "2024-11-09", "Published: Nov. 7, 2024".
public enum DateText {
    public static func parse(_ text: String) -> PartialDate? {
        if let iso = isoDate(in: text) { return iso }
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        for (index, word) in words.enumerated() {
            guard let month = Vocabulary.months[word], word != "may" || words.count <= 4 else { continue }
            let before = index > 0 ? Int(words[index - 1]) : nil
            let after = index + 1 < words.count ? Int(words[index + 1]) : nil
            let afterNext = index + 2 < words.count ? Int(words[index + 2]) : nil
            // Month Day, Year
            if let day = after, (1...31).contains(day), let year = afterNext, (1000...2999).contains(year) {
                return PartialDate(year: year, month: month, day: day)
            }
            // Day Month Year
            if let day = before, (1...31).contains(day), let year = after, (1000...2999).contains(year) {
                return PartialDate(year: year, month: month, day: day)
            }
            // Month Year
            if let year = after, (1000...2999).contains(year) {
                return PartialDate(year: year, month: month)
            }
        }
        return nil
    }

    /// `YYYY-MM-DD` (optionally followed by a time) anywhere in the text.
    static func isoDate(in text: String) -> PartialDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let isDigit = { (offset: Int) in scalars[start + offset].properties.numericType != nil && scalars[start + offset].isASCII }
            guard isDigit(0), isDigit(1), isDigit(2), isDigit(3), scalars[start + 4] == "-", isDigit(5), isDigit(6),
                  scalars[start + 7] == "-", isDigit(8), isDigit(9) else { continue }
            if start > 0, scalars[start - 1].properties.numericType != nil { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<min(scalars.count, start + 16)])
            if let date = PartialDate.parseISO(String(view)) { return date }
        }
        return nil
    }
}
