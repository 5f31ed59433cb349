import Foundation

/// Separates the body of scraped plain text from its furniture (crumbs, promos, captions,
/// related links, URL and date lines, bylines) by the shape and cues of each line, and reads
/// outlet, URL, date and byline from that furniture. The text itself is kept as it came:
/// blocks are spans into it.
public enum PlainTextExtractor {
    /// Lines shorter than this with no sentence ending are headings or crumbs, not body.
    static let minBodyWords = 6
    /// A line with no sentence ending counts as a headline only from this many words.
    static let minTitleWords = 4
    static let maxTitleWords = 30
    static let maxBylineWords = 10
    static let maxCaptionWords = 40

    public static func extract(_ raw: RawArticle) -> Article {
        var article = Article(id: raw.id, source: raw.source, text: raw.content, title: raw.title,
                              outlet: raw.outlet, url: raw.url,
                              published: raw.published.flatMap { PartialDate.parseISO($0) ?? DateText.parse($0) })
        let text = article.text
        var blocks: [Block] = []
        var seenBody = false
        var expectURL = false
        var title: String?

        for line in lines(of: text) {
            let shape = LineShape(span: line, text: text.slice(line))
            func add(_ role: BlockRole, _ span: Span = line) { blocks.append(Block(role: role, span: span)) }

            if expectURL && shape.isURL {
                article.url = article.url ?? shape.text.filter { !$0.isWhitespace }
                add(.link)
                expectURL = false
                continue
            }
            expectURL = false
            if shape.starts(withAnyOf: BoilerplateCues.urlLabels) && shape.wordCount <= 4 {
                let rest = shape.words.dropFirst(shape.words.first?.hasSuffix(":") == true ? 1 : 2).joined()
                if rest.lowercased().hasPrefix("http") { article.url = article.url ?? rest } else { expectURL = true }
                add(.link)
                continue
            }
            if shape.isURL && shape.wordCount <= 3 {
                add(.link)
                continue
            }
            if shape.starts(withAnyOf: BoilerplateCues.related) {
                add(.related)
                continue
            }
            if shape.contains(anyOf: BoilerplateCues.credit) && shape.wordCount <= 15 {
                add(.credit)
                continue
            }
            if let dateline = datelinePrefix(shape) {
                if article.published == nil {
                    article.published = dateline.date
                    article.publishedSource = "dateline"
                }
                add(.dateline, dateline.span)
                let rest = text.trimmed(Span(dateline.span.end, line.end))
                if !rest.isEmpty {
                    add(.body, rest)
                    seenBody = true
                }
                continue
            }
            if shape.contains(anyOf: BoilerplateCues.promo) && shape.wordCount <= 20 {
                if article.outlet == nil { article.outlet = outletFromPromo(shape) }
                add(.promo)
                continue
            }
            if shape.contains(anyOf: BoilerplateCues.caption) || isPhotoCredit(shape) {
                add(.caption)
                continue
            }
            if let byline = byline(shape) {
                article.authors += byline.authors
                if article.outlet == nil, let outlet = byline.outlet { article.outlet = outlet }
                add(.byline)
                continue
            }
            if shape.endsLikeSentence && (shape.wordCount >= minBodyWords || seenBody) {
                let (body, promo) = splitInlinePromo(shape)
                add(.body, text.trimmed(body))
                if let promo { add(.promo, promo) }
                seenBody = true
                continue
            }
            if !seenBody && title == nil && article.title == nil
                && (minTitleWords...maxTitleWords).contains(shape.wordCount) {
                title = shape.text
                add(.title)
                continue
            }
            add(shape.wordCount >= 3 && shape.wordCount < 20 && seenBody ? .heading : .navigation)
        }
        article.title = article.title ?? title
        article.blocks = blocks
        return article
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
    static func datelinePrefix(_ shape: LineShape) -> (span: Span, date: PartialDate)? {
        let words = shape.words
        guard let first = words.first else { return nil }
        let labelled = BoilerplateCues.dateLabels.contains(first.lowercased())
        if !labelled && shape.wordCount <= 8, let date = DateText.parse(shape.text),
           !shape.text.contains(where: { $0 == "." && shape.wordCount > 5 }) {
            return (shape.span, date)
        }
        guard labelled, words.count >= 2 else { return nil }
        // The label, then the date's words: take the shortest prefix that parses.
        for count in 2...min(words.count, 6) {
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
    static func isPhotoCredit(_ shape: LineShape) -> Bool {
        guard shape.wordCount <= maxCaptionWords, let slash = shape.words.firstIndex(of: "/"),
              slash > 0, slash + 1 < shape.words.count else { return false }
        let around = [shape.words[slash - 1], shape.words[slash + 1]]
        return around.allSatisfy { $0.first?.isUppercase == true }
    }

    /// "By Jane Doe", "James del Carmen for TROIB News".
    static func byline(_ shape: LineShape) -> (authors: [String], outlet: String?)? {
        guard shape.wordCount <= maxBylineWords, shape.wordCount >= 2, !shape.endsLikeSentence else { return nil }
        let words = shape.words.map(String.init)
        let isName = { (part: ArraySlice<String>) -> Bool in
            (1...5).contains(part.count) && part.first?.first?.isUppercase == true && part.last?.first?.isUppercase == true
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
    static func outletFromPromo(_ shape: LineShape) -> String? {
        for opener in BoilerplateCues.outletPromoOpeners where shape.lower.hasPrefix(opener) {
            guard let question = shape.text.firstIndex(of: "?") else { continue }
            let name = shape.text[shape.text.index(shape.text.startIndex, offsetBy: opener.count)..<question].trimmingSpaces
            if let first = name.first, first.isUppercase, name.split(separator: " ").count <= 4 { return name }
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
