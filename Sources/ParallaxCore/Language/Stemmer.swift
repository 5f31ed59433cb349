/// A light English suffix stripper: enough to match inflected forms of the same word across
/// outlets ("congratulated" ~ "congratulates", "elections" ~ "election") without a dictionary.
public enum Stemmer {
    /// Longest suffixes first; each maps to what replaces it.
    static let rules: [(suffix: String, replacement: String, minStem: Int)] = [
        ("'s", "", 1), ("ational", "ate", 3), ("ations", "ate", 3), ("ation", "ate", 3), ("nesses", "", 3),
        ("ness", "", 3), ("ments", "", 4), ("ment", "", 4), ("ingly", "", 3), ("edly", "", 3), ("ities", "ity", 3),
        ("ies", "y", 2), ("sses", "ss", 2), ("ing", "", 3), ("ed", "", 3), ("ly", "", 4), ("es", "", 4),
        ("s", "", 3),
    ]

    public static func stem(_ norm: String) -> String {
        guard norm.count > 3, norm.unicodeScalars.allSatisfy({ $0.isASCII }) else { return norm }
        var word = norm
        if word.hasSuffix("'s") { word.removeLast(2) }
        for rule in rules where word.hasSuffix(rule.suffix) && word.count - rule.suffix.count >= rule.minStem {
            if rule.suffix == "s" && (word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is")) { break }
            word = String(word.dropLast(rule.suffix.count)) + rule.replacement
            // "stopped" → "stopp" → "stop"
            if (rule.suffix == "ing" || rule.suffix == "ed"), let last = word.last, word.count > 3,
               word.dropLast().last == last, !"lsz".contains(last) {
                word.removeLast()
            }
            break
        }
        if word.hasSuffix("e") && word.count > 4 { word.removeLast() }
        return word
    }
}
