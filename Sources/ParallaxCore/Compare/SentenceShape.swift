import Foundation

/// Whether a sentence states something, by its shape: headings, section titles, questions, captions
/// and advice boxes in capitals are page furniture or prompts, not statements a fact can rest on.
enum SentenceShape {
    /// Share of upper-case letters above which a line is a shouted box ("IF YOU ARE WORRIED, CALL…").
    static let maxCapitalShare = 0.6

    static func statesSomething(_ text: String, tokens: ArraySlice<Token>) -> Bool {
        var trimmed = Substring(text)
        // Closing quotation marks and brackets after the stop: `…,” he said.` or `… (AP).`
        while let last = trimmed.last, "\"'”’)]»".contains(last) { trimmed = trimmed.dropLast() }
        guard let last = trimmed.last, ".!".contains(last) || last == "…" else { return false }
        let letters = text.unicodeScalars.filter { $0.properties.isAlphabetic }
        let capitals = letters.filter { $0.properties.isUppercase }.count
        if letters.count > 0, Double(capitals) > maxCapitalShare * Double(letters.count) { return false }
        // With a tagger, a statement has a verb.
        if tokens.contains(where: { $0.pos != nil }), !tokens.contains(where: { $0.pos == .verb || $0.pos == .aux }) { return false }
        return true
    }

    /// Marks that open or close a quotation, single ones included: British papers quote in single marks
    /// ('So special to see these guys…'), which the quote reader (double marks only) does not pair.
    /// Longest speaker label of a transcript turn, in characters.
    static let maxSpeakerLabelLength = 30

    static func isQuotationMark(_ character: Character) -> Bool { "\"'“”‘’«»„".contains(character) }

    /// Whether a sentence is someone's words rather than the reporter's, by its shape: it opens with a
    /// quotation mark, or ends with one after its stop and has no other mark to open it (the last
    /// sentence of a quotation that began before it), or its paragraph opens with one (a paragraph that
    /// is a quotation: 'Stupid. What this race needs is a red flag. How many people do we want to crash?').
    static func isQuotation(_ sentence: String, paragraph: String) -> Bool {
        let text = sentence.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let first = text.first, let last = text.last else { return false }
        if isQuotationMark(first) { return true }
        // A transcript's turn ("SHAPIRO: We have seen video…") is its speaker's words.
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= maxSpeakerLabelLength {
            let label = text[..<colon]
            if label.contains(where: \.isLetter), label.allSatisfy({ $0.isUppercase || $0 == " " || $0 == "." || $0 == "-" }) { return true }
        }
        if let opening = paragraph.first(where: { !$0.isWhitespace }), isQuotationMark(opening) { return true }
        if isQuotationMark(last), text.dropLast().last.map({ ".!?,…".contains($0) }) == true,
           !text.dropLast().contains(where: { $0 == "“" || $0 == "\"" || $0 == "‘" || $0 == "«" }) { return true }
        return false
    }

    /// Words that make a sentence lean on the one before it ("He said…", "They identified them…",
    /// "Such transfers…"): not a line that stands alone in a digest.
    static let leaningOpeners: Set<String> = ["he", "she", "it", "they", "this", "these", "those", "such", "his", "her", "their",
                                              "its", "we", "i", "you", "that", "there", "him", "them"]

    static func standsAlone(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        return !leaningOpeners.contains(first.norm)
    }
}
