/// Pairs quotation marks in a block of text. Scraped news mixes curly and straight marks
/// (`“… on me," Putin said`) and leaves quotes open at a paragraph's end when the quote
/// goes on in the next paragraph; both are read as a person would.
enum QuoteMarks {
    static let opening: Set<Unicode.Scalar> = ["“", "„", "«"]
    static let closing: Set<Unicode.Scalar> = ["”", "»"]
    static let neutral: Set<Unicode.Scalar> = ["\""]

    static func isDoubleQuote(_ scalar: Unicode.Scalar) -> Bool {
        opening.contains(scalar) || closing.contains(scalar) || neutral.contains(scalar)
    }

    /// Whether the text is inside a quotation after this mark: opening marks open, closing marks
    /// close, a straight mark toggles.
    static func opens(_ mark: Unicode.Scalar, inside: Bool) -> Bool {
        if opening.contains(mark) { return true }
        if closing.contains(mark) { return false }
        return !inside
    }

    /// `[open mark, close mark)` offsets; a quote left open ends with the block.
    static func pairs(in text: ScalarText, block: Span) -> [(open: Int, close: Int)] {
        var pairs: [(Int, Int)] = []
        var open: Int?
        for index in block.start..<block.end {
            let scalar = text.scalars[index]
            if opening.contains(scalar) {
                // A second opening mark while one is open: the first was never closed.
                if let start = open { pairs.append((start, index)) }
                open = index
            } else if closing.contains(scalar) {
                if let start = open {
                    pairs.append((start, index))
                    open = nil
                }
            } else if neutral.contains(scalar) {
                if let start = open {
                    pairs.append((start, index))
                    open = nil
                } else {
                    open = index
                }
            }
        }
        if let start = open, block.end - start > 1 { pairs.append((start, block.end)) }
        return pairs
    }
}
