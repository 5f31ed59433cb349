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

    /// Words that make a sentence lean on the one before it ("He said…", "They identified them…",
    /// "Such transfers…"): not a line that stands alone in a digest.
    static let leaningOpeners: Set<String> = ["he", "she", "it", "they", "this", "these", "those", "such", "his", "her", "their",
                                              "its", "we", "i", "you", "that", "there", "him", "them"]

    static func standsAlone(_ tokens: [Token]) -> Bool {
        guard let first = tokens.first else { return false }
        return !leaningOpeners.contains(first.norm)
    }
}
