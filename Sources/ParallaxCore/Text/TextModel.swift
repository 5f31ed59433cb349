/// One token of an article's text: a word (letters and digits, joined across an apostrophe or a
/// full stop between letters and across a comma or full stop between digits, as Unicode's word
/// boundaries join them: "don't", "U.S", "1,000", "3.5") or any other visible character on its own.
/// White space is not a token.
public struct TextToken: Sendable, Hashable {
    public var span: Span
    /// Letters, digits or ideographs: what the language stage calls a word.
    public var isWord: Bool
    /// The first token of its line (after a line feed, or at the start of the text).
    public var startsLine: Bool
    /// Inside double quotation marks, or one itself (the state starts afresh on every line).
    public var insideQuote: Bool
    public var isQuoteMark: Bool
    /// A quotation mark that ends the quotation it stands in.
    public var closesQuote = false
}

/// An article's text as every later stage reads it, computed once: its tokens with their spans
/// (Unicode scalar offsets), which of them stand inside quotation marks, and the quotations
/// themselves. The language stage's words, the attribution tagger's pieces and the stories stage's
/// words are all views over these tokens, so their spans line up and a word is one thing.
public struct TextModel: Sendable {
    public let text: ScalarText
    public private(set) var tokens: [TextToken]
    /// Quotations as `[open mark, close mark)`, in text order; one left open ends with its line.
    public private(set) var quotes: [Span]

    /// The model of `text`; `breaker` (ICU) segments the scripts written without spaces.
    public init(_ text: ScalarText, breaker: TextBreaker) {
        self.text = text
        tokens = TextTokenizer.tokens(text.scalars, breaker: breaker)
        quotes = []
        markQuotes()
    }

    /// Per line: opening marks open, closing marks close, a straight mark toggles; a second opening
    /// mark while one is open ends the first (it was never closed), and one left open ends with the line.
    mutating func markQuotes() {
        var open: Int?
        var inside = false
        var lineEnd = 0
        func endLine() {
            if let start = open, lineEnd - start > 1 { quotes.append(Span(start, lineEnd)) }
            open = nil
            inside = false
        }
        for index in tokens.indices {
            if tokens[index].startsLine { endLine() }
            let token = tokens[index]
            lineEnd = token.span.end
            guard token.span.length == 1, QuoteMarks.isDoubleQuote(text.scalars[token.span.start]) else {
                tokens[index].insideQuote = inside
                continue
            }
            let mark = text.scalars[token.span.start]
            tokens[index].isQuoteMark = true
            tokens[index].insideQuote = true
            tokens[index].closesQuote = !QuoteMarks.opens(mark, inside: inside)
            if QuoteMarks.isOpening(mark) {
                if let start = open { quotes.append(Span(start, token.span.start)) }
                open = token.span.start
            } else if let start = open {
                quotes.append(Span(start, token.span.start))
                open = nil
            } else if mark == "\"" {
                open = token.span.start
            }
            inside = QuoteMarks.opens(mark, inside: inside)
        }
        endLine()
    }
}

extension RandomAccessCollection {
    /// The first index whose element satisfies `belongs`, for a predicate that is false and then true
    /// along the collection (binary search; `endIndex` when none does). The one binary search of the code.
    public func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = distance(from: startIndex, to: endIndex)
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongs(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
