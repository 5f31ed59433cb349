import Foundation

/// Separates the body of scraped plain text from its furniture (crumbs, promos, captions,
/// related links, URL and date lines, bylines) by the shape and cues of each line, and reads
/// outlet, URL, date and byline from that furniture. The text itself is kept as it came:
/// blocks are spans into it.
public enum PlainTextExtractor {
    public static func extract(_ raw: RawArticle, settings: PlainTextSettings = PlainTextSettings()) -> Article {
        var reader = PlainTextReader(raw: raw, settings: settings)
        for line in lines(of: reader.article.text) { reader.read(line) }
        reader.article.title = reader.article.title ?? reader.title
        reader.article.blocks = reader.blocks
        return reader.article
    }

    /// Non-empty lines, trimmed, as spans.
    static func lines(of text: ScalarText) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (index, scalar) in text.scalars.enumerated() where scalar == "\n" || scalar == "\r" || scalar == "\u{2029}" {
            let span = text.trimmed(Span(start, index))
            if !span.isEmpty { spans.append(span) }
            start = index + 1
        }
        let last = text.trimmed(Span(start, text.count))
        if !last.isEmpty { spans.append(last) }
        return spans
    }

    /// A line that is a date, or that opens with a labelled date ("date 2024-11-09 Russian President …").
    static func datelinePrefix(_ shape: LineShape, settings: PlainTextSettings) -> (span: Span, date: PartialDate)? {
        let words = shape.words
        guard let first = words.first else { return nil }
        let labelled = BoilerplateCues.dateLabels.contains(first.lowercased())
        if !labelled && shape.wordCount <= settings.maxDatelineWords, let date = DateText.parse(shape.text),
           !shape.text.contains(where: { $0 == "." && shape.wordCount > settings.maxDatelineWordsWithStop }) {
            return (shape.span, date)
        }
        guard labelled, words.count >= 2 else { return nil }
        // The label, then the date's words: take the shortest prefix that parses.
        for count in 2...min(words.count, settings.maxLabelledDateWords) {
            let prefix = words[0..<count].joined(separator: " ")
            if let date = DateText.parse(prefix) {
                let end = shape.span.start + prefixLength(of: shape.text, words: count)
                return (Span(shape.span.start, end), date)
            }
        }
        return nil
    }

    /// Scalars from the start of `text` through its `words`-th word.
    static func prefixLength(of text: String, words: Int) -> Int {
        var seen = 0
        var inWord = false
        for (index, scalar) in text.unicodeScalars.enumerated() {
            let space = scalar.properties.isWhitespace
            if !space && !inWord { seen += 1 }
            if space && inWord && seen == words { return index }
            inWord = !space
        }
        return text.unicodeScalars.count
    }

    /// "Arthur Novosiltsev / Moskva News Agency": a photographer and an agency around a slash.
    static func isPhotoCredit(_ shape: LineShape, settings: PlainTextSettings) -> Bool {
        guard shape.wordCount <= settings.maxCaptionWords, let slash = shape.words.firstIndex(of: "/"),
              slash > 0, slash + 1 < shape.words.count else { return false }
        let around = [shape.words[slash - 1], shape.words[slash + 1]]
        return around.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "By Jane Doe", "James del Carmen for TROIB News".
    static func byline(_ shape: LineShape, settings: PlainTextSettings) -> (authors: [String], outlet: String?)? {
        guard shape.wordCount <= settings.maxBylineWords, shape.wordCount >= 2, !shape.endsLikeSentence else { return nil }
        let words = shape.words.map(String.init)
        let isName = { (part: ArraySlice<String>) -> Bool in
            (1...max(1, settings.maxBylineNameWords)).contains(part.count) && part.first?.first?.isUppercase == true && part.last?.first?.isUppercase == true
                && part.allSatisfy { $0.first?.isUppercase == true || Vocabulary.nameConnectors.contains($0) }
        }
        if words[0].lowercased() == "by" {
            let names = words.dropFirst().joined(separator: " ")
                .split(separator: ",").flatMap { $0.components(separatedBy: " and ") }
                .map { $0.trimmingSpaces }.filter { !$0.isEmpty }
            return names.isEmpty ? nil : (names, nil)
        }
        if let forIndex = words.firstIndex(of: "for"), forIndex > 0, forIndex + 1 < words.count,
           isName(words[0..<forIndex]), words[(forIndex + 1)...].allSatisfy({ $0.first?.isUppercase == true }) {
            return ([words[0..<forIndex].joined(separator: " ")], words[(forIndex + 1)...].joined(separator: " "))
        }
        return nil
    }

    /// "Loving Newspoint? Download the app now" names the outlet's own app.
    static func outletFromPromo(_ shape: LineShape, settings: PlainTextSettings) -> String? {
        for opener in BoilerplateCues.outletPromoOpeners where shape.lower.hasPrefix(opener) {
            guard let question = shape.text.firstIndex(of: "?") else { continue }
            let name = shape.text[shape.text.index(shape.text.startIndex, offsetBy: opener.count)..<question].trimmingSpaces
            if let first = name.first, first.isUppercase, name.split(separator: " ").count <= settings.maxPromoOutletWords { return name }
        }
        return nil
    }

    /// Splits "… dialogue. Read Full Article at RT.com." into the body and the promo sentence.
    static func splitInlinePromo(_ shape: LineShape) -> (body: Span, promo: Span?) {
        let lower = shape.lowerBytes
        for cue in BoilerplateCues.inlinePromo {
            // A byte search, not Foundation's: this runs on every line of every plain-text article.
            guard let byteOffset = ByteSearch.firstOffset(of: Array(cue.utf8), in: lower), byteOffset > 0 else { continue }
            let offset = lower[..<byteOffset].reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) }
            // The lower-cased copy has the same scalar count for the ASCII cue that matched.
            guard shape.text.unicodeScalars.count == shape.lower.unicodeScalars.count else { break }
            let split = shape.span.start + offset
            return (Span(shape.span.start, split), Span(split, shape.span.end))
        }
        return (shape.span, nil)
    }
}

extension StringProtocol {
    var trimmingSpaces: String {
        String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
