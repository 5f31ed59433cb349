/// A sentence of an article's body.
public struct Sentence: Sendable, Hashable, Codable {
    public var span: Span
    /// Index of the body block (paragraph) it sits in.
    public var paragraph: Int
    /// Its words, as a range into `LanguageAnalysis.tokens`.
    public var tokens: Range<Int>
}

/// Sentences of a block: ICU's breaks, then the repairs news text needs.
enum SentenceSplitter {
    /// Breaks ICU makes inside a sentence: `"… now!" said Putin` and `"…?" asked X`
    /// continue the sentence when what follows starts in lower case.
    static func split(_ text: ScalarText, block: Span, breaker: TextBreaker) -> [Span] {
        var spans = breaker.sentences(in: text, within: block).map { text.trimmed($0) }.filter { !$0.isEmpty }
        var merged: [Span] = []
        for span in spans {
            if let previous = merged.last, startsInLowerCase(text, span) || startsWithOnlyPunctuation(text, span)
                || (endsWithInitialism(text, previous) && (startsWithTitle(text, span) || startsWithName(text, span)))
                || (endsWithMiddleInitial(text, previous) && startsCapitalised(text, span)) {
                merged[merged.count - 1] = Span(previous.start, span.end)
            } else {
                merged.append(span)
            }
        }
        spans = merged
        return spans
    }

    /// "U.S." or "U.K." at the end of a segment: ICU takes its full stop for a sentence end.
    static func endsWithInitialism(_ text: ScalarText, _ span: Span) -> Bool {
        let tail = text.slice(Span(max(span.start, span.end - 6), span.end)).split(separator: " ").last ?? ""
        let letters = tail.filter { $0.isLetter }
        let dots = tail.filter { $0 == "." }
        return tail.hasSuffix(".") && letters.count >= 2 && dots.count == letters.count && letters.allSatisfy(\.isUppercase)
    }

    /// "Bruce M." at the end of a segment, the next starting "Steinberg": a middle initial after a
    /// capitalised first name, not a sentence's end.
    static func endsWithMiddleInitial(_ text: ScalarText, _ span: Span) -> Bool {
        let words = text.slice(Span(max(span.start, span.end - 40), span.end)).split(separator: " ")
        guard words.count >= 2, let last = words.last, last.count == 2, last.hasSuffix("."),
              last.first?.isUppercase == true, last.first?.isLetter == true else { return false }
        let before = words[words.count - 2]
        return before.count >= 2 && before.first?.isUppercase == true && before.allSatisfy(\.isLetter)
    }

    /// "U.N. Security Council": after an initialism, a capitalised word that is not one a sentence opens
    /// with ("The", "He", "In", "But") goes on the name.
    static func startsWithName(_ text: ScalarText, _ span: Span) -> Bool {
        let first = text.slice(Span(span.start, min(span.end, span.start + 20))).split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? ""
        guard let initial = first.first, initial.isUppercase else { return false }
        return !Vocabulary.notNames.contains(first.lowercased()) && !Vocabulary.sentenceOpeners.contains(first.lowercased())
    }

    static func startsCapitalised(_ text: ScalarText, _ span: Span) -> Bool {
        text.scalars[span.start..<span.end].first.map { $0.properties.isUppercase } ?? false
    }

    /// A segment that opens with a title ("President-elect Donald Trump") continues a name, not a new sentence.
    static func startsWithTitle(_ text: ScalarText, _ span: Span) -> Bool {
        let first = text.slice(Span(span.start, min(span.end, span.start + 20)))
            .split(whereSeparator: { !$0.isLetter }).first.map { $0.lowercased() } ?? ""
        return Vocabulary.roleNouns.contains(first)
    }

    static func startsInLowerCase(_ text: ScalarText, _ span: Span) -> Bool {
        guard let first = text.scalars[span.start..<span.end].first(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
        else { return false }
        return first.properties.isLowercase
    }

    static func startsWithOnlyPunctuation(_ text: ScalarText, _ span: Span) -> Bool {
        !text.scalars[span.start..<span.end].contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
    }
}

/// Stray markup in scraped text (`<u>said</u>`): its spans, so that no word is read inside a tag.
enum StrayMarkup {
    static func tags(in text: ScalarText, within span: Span, maxLength: Int) -> [Span] {
        var tags: [Span] = []
        var index = span.start
        while index < span.end {
            if text.scalars[index] == "<", index + 1 < span.end,
               text.scalars[index + 1].properties.isAlphabetic || text.scalars[index + 1] == "/" {
                var end = index + 1
                while end < span.end, end - index < maxLength, text.scalars[end] != ">", text.scalars[end] != "<" { end += 1 }
                if end < span.end, text.scalars[end] == ">" {
                    tags.append(Span(index, end + 1))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return tags
    }
}
