/// Double quotation marks, and which open and which close. Scraped news mixes curly and straight
/// marks (`“… on me," Putin said`); the text model pairs them (`TextModel.markQuotes`).
enum QuoteMarks {
    // Switches, not sets: these are asked of every character-sized token.
    /// “ „ « open a quotation.
    static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "“", "„", "«": true; default: false }
    }

    /// ” » close one; a straight " does either.
    static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar { case "”", "»": true; default: false }
    }

    static func isDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || isOpening(scalar) || isClosing(scalar)
    }

    /// Whether the text is inside a quotation after this mark: opening marks open, closing marks
    /// close, a straight mark toggles.
    static func opens(_ mark: Unicode.Scalar, inside: Bool) -> Bool {
        if isOpening(mark) { return true }
        if isClosing(mark) { return false }
        return !inside
    }
}
