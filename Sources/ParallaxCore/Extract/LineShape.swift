/// The measurable shape of one line of scraped text: what the classifier's rules look at.
struct LineShape {
    let span: Span
    let text: String
    let lower: String
    let lowerBytes: [UInt8]
    let words: [Substring]

    init(span: Span, text: String) {
        self.span = span
        self.text = text
        self.lower = text.lowercased()
        self.lowerBytes = Array(lower.utf8)
        self.words = text.split(whereSeparator: { $0.isWhitespace })
    }

    var wordCount: Int { words.count }

    /// Ends as a sentence does: a full stop, question or exclamation mark, or a closing quote.
    var endsLikeSentence: Bool {
        guard let last = text.unicodeScalars.last else { return false }
        return ".!?\"”’'…:)".unicodeScalars.contains(last)
    }

    var isURL: Bool {
        lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.")
    }

    func contains(anyOf phrases: [String]) -> Bool {
        phrases.contains { ByteSearch.firstOffset(of: Array($0.utf8), in: lowerBytes) != nil }
    }
    func starts(withAnyOf phrases: [String]) -> Bool { phrases.contains(where: lower.hasPrefix) }
}
