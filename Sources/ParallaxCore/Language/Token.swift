/// A word of an article, with the normal forms the later stages compare.
public struct Token: Sendable, Hashable, Codable {
    public var span: Span
    /// The word as written.
    public var text: String
    /// Lower-cased, with typographic apostrophes made straight.
    public var norm: String
    /// `norm` with inflection removed, for matching "congratulated" with "congratulates".
    public var stem: String
    /// Index of the sentence it belongs to.
    public var sentence: Int
    /// Its part of speech, when the language stage ran with a grammar model.
    public var pos: UPOS?
    /// Its head in the sentence's dependency tree (an index into the analysis's tokens; nil for the
    /// root, or when the head is punctuation) and its relation to it (UD's, without subtype: "nsubj").
    public var head: Int?
    public var relation: String?

    public var isCapitalised: Bool { text.unicodeScalars.first.map { $0.properties.isUppercase } ?? false }
    public var isNumber: Bool { text.unicodeScalars.first.map { $0.properties.numericType != nil } ?? false }
    public var isStopword: Bool { Vocabulary.stopwords.contains(norm) }
    /// A content word: not a function word, and more than one letter.
    public var isContent: Bool { !isStopword && norm.count > 1 }
}

public enum WordNormal {
    public static func norm(_ text: String) -> String {
        // Most words are lower-case ASCII already: no copy for them.
        if text.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x30 && $0 <= 0x39 || $0 == 0x2D }) { return text }
        let lower = text.lowercased()
        // Scalar by scalar, not Foundation's string search (which bridges every call to NSString).
        func isCurly(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{2019}" || scalar == "\u{2018}" }
        guard lower.unicodeScalars.contains(where: isCurly) else { return lower }
        return String(String.UnicodeScalarView(lower.unicodeScalars.map { isCurly($0) ? "'" : $0 }))
    }
}
