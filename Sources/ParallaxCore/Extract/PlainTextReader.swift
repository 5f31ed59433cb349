/// Reads scraped plain text line by line: each line is body or furniture by its shape and cues, and
/// the furniture gives the outlet, URL, date and byline. One reader per article.
struct PlainTextReader {
    let settings: PlainTextSettings
    var article: Article
    var blocks: [Block] = []
    /// A headline found among the lines, when the input gave none.
    var title: String?
    var seenBody = false
    /// The line after an "Original url:" label holds the address.
    var expectURL = false

    init(raw: RawArticle, settings: PlainTextSettings) {
        self.settings = settings
        article = Article(id: raw.id, source: raw.source, text: raw.content, title: raw.title, outlet: raw.outlet, url: raw.url,
                          published: raw.published.flatMap { PartialDate.parseISO($0) ?? DateText.parse($0) })
    }

    mutating func add(_ role: BlockRole, _ span: Span) { blocks.append(Block(role: role, span: span)) }

    /// Reads one line: the first rule that recognises it decides its role.
    mutating func read(_ line: Span) {
        let shape = LineShape(span: line, text: article.text.slice(line))
        let wasExpectingURL = expectURL
        expectURL = false
        if wasExpectingURL && shape.isURL {
            article.url = article.url ?? shape.text.filter { !$0.isWhitespace }
            return add(.link, line)
        }
        if readLink(shape) || readRelatedOrCredit(shape) || readDateline(shape) || readPromoOrCaption(shape)
            || readByline(shape) || readBody(shape) { return }
        if !seenBody && title == nil && article.title == nil && (settings.minTitleWords...settings.maxTitleWords).contains(shape.wordCount) {
            title = shape.text
            return add(.title, line)
        }
        let isHeading = shape.wordCount >= settings.minHeadingWords && shape.wordCount < settings.maxHeadingWords && seenBody
        add(isHeading ? .heading : .navigation, line)
    }

    /// "Original url: https://…" (or the label alone, the address on the next line), or an address by itself.
    mutating func readLink(_ shape: LineShape) -> Bool {
        if shape.starts(withAnyOf: BoilerplateCues.urlLabels) && shape.wordCount <= settings.maxURLLabelWords {
            let rest = shape.words.dropFirst(shape.words.first?.hasSuffix(":") == true ? 1 : 2).joined()
            if rest.lowercased().hasPrefix("http") { article.url = article.url ?? rest } else { expectURL = true }
            add(.link, shape.span)
            return true
        }
        if shape.isURL && shape.wordCount <= settings.maxURLLineWords {
            add(.link, shape.span)
            return true
        }
        return false
    }

    /// "Related article: …" links and credit lines.
    mutating func readRelatedOrCredit(_ shape: LineShape) -> Bool {
        if shape.starts(withAnyOf: BoilerplateCues.related) {
            add(.related, shape.span)
        } else if shape.contains(anyOf: BoilerplateCues.credit) && shape.wordCount <= settings.maxCreditWords {
            add(.credit, shape.span)
        } else {
            return false
        }
        return true
    }

    /// App promos (which may name the outlet) and captions.
    mutating func readPromoOrCaption(_ shape: LineShape) -> Bool {
        if shape.contains(anyOf: BoilerplateCues.promo) && shape.wordCount <= settings.maxPromoWords {
            if article.outlet == nil { article.outlet = PlainTextExtractor.outletFromPromo(shape, settings: settings) }
            add(.promo, shape.span)
        } else if shape.contains(anyOf: BoilerplateCues.caption) || PlainTextExtractor.isPhotoCredit(shape, settings: settings) {
            add(.caption, shape.span)
        } else {
            return false
        }
        return true
    }

    /// A date line, or a labelled date opening a line ("date 2024-11-09 Russian President …"):
    /// the date is the article's when it has none, and the rest of the line is body.
    mutating func readDateline(_ shape: LineShape) -> Bool {
        guard let dateline = PlainTextExtractor.datelinePrefix(shape, settings: settings) else { return false }
        if article.published == nil {
            article.published = dateline.date
            article.publishedSources = [.dateline]
        }
        add(.dateline, dateline.span)
        let rest = article.text.trimmed(Span(dateline.span.end, shape.span.end))
        if !rest.isEmpty {
            add(.body, rest)
            seenBody = true
        }
        return true
    }

    /// "By Jane Doe", "James del Carmen for TROIB News".
    mutating func readByline(_ shape: LineShape) -> Bool {
        guard let byline = PlainTextExtractor.byline(shape, settings: settings) else { return false }
        article.authors += byline.authors
        if article.outlet == nil, let outlet = byline.outlet { article.outlet = outlet }
        add(.byline, shape.span)
        return true
    }

    /// A line that ends like a sentence, long enough or once the body has begun; an app promo glued
    /// to its end ("… Read Full Article at RT.com.") is split off.
    mutating func readBody(_ shape: LineShape) -> Bool {
        guard shape.endsLikeSentence && (shape.wordCount >= settings.minBodyWords || seenBody) else { return false }
        let (body, promo) = PlainTextExtractor.splitInlinePromo(shape)
        add(.body, article.text.trimmed(body))
        if let promo { add(.promo, promo) }
        seenBody = true
        return true
    }
}
