/// The finest view of the text model: each token cut into runs of letters and digits (the
/// attribution scorer's `\w+`) and its other characters one by one; runs that touch across two
/// tokens are one piece ("3½", a Chinese phrase ICU splits into words). The attribution tagger
/// labels these pieces and the stories stage reads its words from them.
public struct TextPiece: Sendable, Hashable {
    public var span: Span
    /// A run of letters and digits, not a single other character.
    public var isRun: Bool
    /// The token it belongs to (the first one, for a run across tokens).
    public var token: Int
    /// The first piece of its line.
    public var startsLine = false
}

extension TextModel {
    /// Letters, digits and "_" (as `\w` has them).
    static func isRunScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// The pieces of tokens `range`, in order, handed to `body` one at a time (no array is made).
    public func forEachPiece(tokens range: Range<Int>, _ body: (TextPiece) -> Void) {
        let scalars = text.scalars
        var pending: TextPiece?
        // A line start waits for the next piece (a token of white space alone gives none).
        var lineStartPending = false
        func emit(_ piece: TextPiece) {
            if piece.isRun, let run = pending, run.isRun, run.span.end == piece.span.start {
                pending!.span.end = piece.span.end
                return
            }
            if let pending { body(pending) }
            pending = piece
            pending!.startsLine = lineStartPending
            lineStartPending = false
        }
        for index in range {
            let span = tokens[index].span
            lineStartPending = lineStartPending || tokens[index].startsLine
            // Most tokens are one run or one character: no need to look inside.
            if span.length == 1 {
                // A joining space (U+202F) alone is a token of ICU's but white space to the pieces.
                if !Self.isSpace(scalars[span.start]) {
                    emit(TextPiece(span: span, isRun: Self.isRunScalar(scalars[span.start]), token: index))
                }
                continue
            }
            var offset = span.start
            while offset < span.end {
                let scalar = scalars[offset]
                if Self.isRunScalar(scalar) {
                    var end = offset + 1
                    while end < span.end, Self.isRunScalar(scalars[end]) { end += 1 }
                    emit(TextPiece(span: Span(offset, end), isRun: true, token: index))
                    offset = end
                } else {
                    // A joining space inside a word ("10 000" with a narrow no-break space) is no piece.
                    if !Self.isSpace(scalar) { emit(TextPiece(span: Span(offset, offset + 1), isRun: false, token: index)) }
                    offset += 1
                }
            }
        }
        if let pending { body(pending) }
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? scalar.value <= 0x20 : scalar.properties.isWhitespace
    }

}
