import CLibXML2
import Foundation

/// A first, simple extractor for HTML pages: paragraph-level blocks outside page furniture,
/// kept when they read like prose, and metadata from the tags most sites fill in.
public enum HTMLExtractor {
    /// Elements whose whole subtree is page furniture.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "figure", "figcaption",
        "iframe", "svg", "button", "select", "template", "object", "embed", "canvas", "head",
    ]
    /// class/id fragments that mark furniture.
    static let furnitureHints = [
        "comment", "share", "social", "related", "newsletter", "promo", "sidebar", "advert", "cookie",
        "caption", "byline", "footer", "breadcrumb", "subscribe", "signup", "popup", "modal", "menu", "widget",
    ]
    static let blockElements: Set<String> = ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd"]
    static let minParagraphWords = 8
    static let maxLinkShare = 0.5

    public static func extract(_ raw: RawArticle) -> Article {
        guard let document = HTMLDocument(raw.content) else {
            return Article(id: raw.id, source: raw.source, text: "", title: raw.title, outlet: raw.outlet, url: raw.url)
        }
        let metadata = HTMLMetadata.read(document)
        let skip: (xmlNodePtr) -> Bool = { node in
            let name = HTMLDocument.name(node)
            if skippedElements.contains(name) { return true }
            let hints = ((HTMLDocument.attribute(node, "class") ?? "") + " " + (HTMLDocument.attribute(node, "id") ?? "")).lowercased()
            return furnitureHints.contains(where: hints.contains) && name != "body" && name != "html" && name != "article"
        }
        var paragraphs: [(role: BlockRole, text: String)] = []
        for node in document.elements(skip: skip) where blockElements.contains(HTMLDocument.name(node)) {
            // A list item or quote that wraps paragraphs is read through its paragraphs.
            let name = HTMLDocument.name(node)
            if ["li", "blockquote", "td", "dd"].contains(name), hasBlockChild(node) { continue }
            let (raw, linkShare) = HTMLDocument.text(of: node, skip: skip)
            let text = raw.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            guard !text.isEmpty, linkShare <= maxLinkShare else { continue }
            let words = text.split(separator: " ").count
            if name.hasPrefix("h") && name.count == 2 {
                paragraphs.append((.heading, text))
            } else if words >= minParagraphWords || (name == "p" && words >= 3 && text.last.map { ".!?\"”".contains($0) } == true) {
                paragraphs.append((.body, text))
            }
        }
        // Headings count only once the body has begun, and not after it has ended.
        while paragraphs.first?.role == .heading { paragraphs.removeFirst() }
        while paragraphs.last?.role == .heading { paragraphs.removeLast() }

        var text = ""
        var blocks: [Block] = []
        var offset = 0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.text.unicodeScalars.count
            blocks.append(Block(role: paragraph.role, span: Span(offset, offset + length)))
            text += paragraph.text
            offset += length
        }
        var article = Article(id: raw.id, source: raw.source, text: text, title: raw.title ?? metadata.title,
                              outlet: raw.outlet ?? metadata.outlet, url: raw.url ?? metadata.url,
                              published: raw.published.flatMap(PartialDate.parseISO) ?? metadata.published,
                              authors: metadata.authors, blocks: blocks)
        if raw.published == nil { article.publishedSource = metadata.publishedSource }
        article.language = metadata.language
        return article
    }

    static func hasBlockChild(_ node: xmlNodePtr) -> Bool {
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, ["p", "div", "ul", "ol"].contains(HTMLDocument.name(current)) { return true }
            child = current.pointee.next
        }
        return false
    }
}
