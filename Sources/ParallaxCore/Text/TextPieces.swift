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
        func emit(_ piece: TextPiece) {
            if piece.isRun, let run = pending, run.isRun, run.span.end == piece.span.start {
                pending!.span.end = piece.span.end
                return
            }
            if let pending { body(pending) }
            pending = piece
        }
        for index in range {
            let span = tokens[index].span
            // Most tokens are one run or one character: no need to look inside.
            if span.length == 1 {
                // A token of one character is never white space.
                emit(TextPiece(span: span, isRun: Self.isRunScalar(scalars[span.start]), token: index))
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

    /// Every piece of the text.
    public var pieces: [TextPiece] {
        var result: [TextPiece] = []
        result.reserveCapacity(tokens.count + tokens.count / 4)
        forEachPiece(tokens: tokens.indices) { result.append($0) }
        return result
    }
}
