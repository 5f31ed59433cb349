import CICUBreaks

/// ICU sentence and word boundaries, in scalar offsets. One breaker is not thread-safe;
/// each analysis makes its own. ICU's iterators are opened on first use: most texts never need the
/// word iterator (the text model asks it only for scripts written without spaces).
public final class TextBreaker {
    public static let sentenceLocale = "en_US@ss=standard"

    private var sentenceIterator: OpaquePointer?
    private var wordIterator: OpaquePointer?

    public init() {}

    deinit {
        if let sentenceIterator { parallax_breaker_close(sentenceIterator) }
        if let wordIterator { parallax_breaker_close(wordIterator) }
    }

    private var sentence: OpaquePointer? {
        if sentenceIterator == nil { sentenceIterator = parallax_breaker_open(Int32(PARALLAX_BREAK_SENTENCE), Self.sentenceLocale) }
        return sentenceIterator
    }

    private var word: OpaquePointer? {
        if wordIterator == nil { wordIterator = parallax_breaker_open(Int32(PARALLAX_BREAK_WORD), "en_US") }
        return wordIterator
    }

    /// A segment between two boundaries; `isWord` for word segments that ICU marks as
    /// letters, numbers, kana or ideographs (not spaces or punctuation).
    public struct Segment: Sendable {
        public var span: Span
        public var isWord: Bool
    }

    public func sentences(in text: ScalarText, within span: Span) -> [Span] {
        run(sentence, text: text, within: span).map(\.span)
    }

    public func words(in text: ScalarText, within span: Span) -> [Segment] {
        run(word, text: text, within: span).filter(\.isWord)
    }

    /// Every word-break segment, words and the rest.
    public func segments(in text: ScalarText, within span: Span) -> [Segment] {
        run(word, text: text, within: span)
    }

    private func run(_ breaker: OpaquePointer?, text: ScalarText, within span: Span) -> [Segment] {
        guard let breaker, span.length > 0 else { return [] }
        var units: [UInt16] = []
        var scalarAt: [Int32] = []
        units.reserveCapacity(span.length)
        for offset in span.start..<span.end {
            for unit in UTF16.encode(text.scalars[offset])! {
                units.append(unit)
                scalarAt.append(Int32(offset))
            }
        }
        scalarAt.append(Int32(span.end))
        var boundaries = [Int32](repeating: 0, count: units.count + 1)
        var statuses = [Int32](repeating: 0, count: units.count + 1)
        let count = parallax_breaker_run(breaker, units, Int32(units.count),
                                         &boundaries, &statuses, Int32(boundaries.count))
        guard count > 1 else { return [Segment(span: span, isWord: true)] }
        var segments: [Segment] = []
        segments.reserveCapacity(Int(count))
        for index in 1..<Int(count) {
            let start = Int(scalarAt[Int(boundaries[index - 1])])
            let end = Int(scalarAt[Int(boundaries[index])])
            // ICU word rule statuses: 0..<100 is "none" (spaces, punctuation).
            segments.append(Segment(span: Span(start, end), isWord: statuses[index] >= 100))
        }
        return segments
    }
}
