import CLibXML2
import Foundation

/// Extracts an article's body from an HTML page by scoring its blocks (readability's idea):
/// each paragraph of prose gives points to its container and that container's parent; the
/// best-scoring container, with its strong siblings, holds the article. Inside it, headings,
/// paragraphs, lists and quotes are kept in order; furniture (share bars, captions, related links)
/// and link lists are dropped.
public enum HTMLExtractor {
    /// Elements whose whole subtree is never article text.
    static let skippedElements: Set<String> = [
        "script", "style", "noscript", "nav", "footer", "aside", "figure", "figcaption", "iframe", "svg",
        "button", "select", "template", "object", "embed", "canvas", "head", "input", "textarea", "label", "menu",
    ]
    /// Elements that break the flow of text into separate blocks.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "main", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
        "pre", "table", "tbody", "thead", "tr", "td", "th", "dl", "dd", "dt", "header", "hr", "center", "address",
    ]
    /// Paragraphs shorter than this add nothing to a container's score.
    static let minScoringLength = 25
    /// A block more linked than this is navigation, not prose.
    static let maxLinkShare = 0.5
    /// Siblings of the best container join it at this share of its score (readability's 0.2).
    static let siblingShare = 0.2
    /// A same-class chunk of the article joins from this score (about one paragraph of prose).
    static let minChunkScore = 2.0
    /// Shortest kept paragraph, in characters, unless it ends like a sentence.
    static let minKeptLength = 20

    struct Paragraph {
        var owner: xmlNodePtr       // the element the text belongs to (for a run of loose text, its container)
        var kind: String            // p, h2, li, blockquote, pre, run
        var text: String
        var linkShare: Double
    }

    /// Parses the page and nothing more: the floor under extraction time, for `parallax bench`.
    public static func parseOnly(_ raw: RawArticle) -> Bool { HTMLDocument(raw.content)?.root != nil }

    public static func extract(_ raw: RawArticle) -> Article {
        guard let document = HTMLDocument(raw.content), let root = document.root else {
            var article = Article(id: raw.id, source: raw.source, text: "", title: raw.title, outlet: raw.outlet, url: raw.url)
            article.emptyReason = "not parseable as HTML"
            return article
        }
        let metadata = HTMLMetadata.read(document)
        let paragraphs = collect(root)
        let chosen = choose(paragraphs)

        var text = ""
        var blocks: [Block] = []
        var offset = 0
        var seen = Set<String>()
        for paragraph in chosen {
            // Titles repeated in the body, and the same line twice (mobile and desktop copies), once only.
            guard seen.insert(paragraph.text).inserted else { continue }
            if paragraph.kind.hasPrefix("h"), paragraph.text == metadata.title { continue }
            if !text.isEmpty {
                text += "\n\n"
                offset += 2
            }
            let length = paragraph.text.unicodeScalars.count
            let role: BlockRole = paragraph.kind.count == 2 && paragraph.kind.hasPrefix("h") ? .heading : .body
            blocks.append(Block(role: role, span: Span(offset, offset + length)))
            text += paragraph.text
            offset += length
        }
        var article = Article(id: raw.id, source: raw.source, text: text, title: raw.title ?? metadata.title,
                              outlet: raw.outlet ?? metadata.outlet, url: raw.url ?? metadata.url,
                              published: raw.published.flatMap(PartialDate.parseISO) ?? metadata.published,
                              authors: metadata.authors, blocks: blocks)
        if raw.published == nil { article.publishedSource = metadata.publishedSource }
        article.language = metadata.language
        article.publishedConflicts = metadata.dateConflicts.map { "\($0.date.iso) (\($0.source))" }
        (article.authors, article.credits) = AgencyCredits.separate(authors: metadata.authors, body: text)
        if text.isEmpty { article.emptyReason = paragraphs.isEmpty ? "no text on the page" : "no block of prose found" }
        return article
    }

    static func classAndID(_ node: xmlNodePtr) -> String {
        (HTMLDocument.attribute(node, "class") ?? "") + " " + (HTMLDocument.attribute(node, "id") ?? "")
    }

    /// Every paragraph of the page in document order: block elements that hold text directly, and
    /// runs of loose text and inline elements between blocks (`<div>text<br>text</div>`).
    /// An explicit stack, not recursion: deep nesting must not overflow.
    static func collect(_ root: xmlNodePtr) -> [Paragraph] {
        struct Frame {
            var node: xmlNodePtr
            var next: xmlNodePtr?
            var run: [String] = []
            var runChars = 0
            var runLinkChars = 0
        }
        let ownKinds: Set<String> = ["p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "th"]
        let skip: (xmlNodePtr) -> Bool = { skippedElements.contains(HTMLDocument.name($0)) }
        var paragraphs: [Paragraph] = []
        let wrapsBlocks = elementsWrappingBlocks(root)
        var stack = [Frame(node: root, next: root.pointee.children)]
        func flush(_ frame: inout Frame) {
            let text = normalise(frame.run.joined())
            if !text.isEmpty {
                let name = HTMLDocument.name(frame.node)
                paragraphs.append(Paragraph(owner: frame.node, kind: ownKinds.contains(name) ? name : "run", text: text,
                                            linkShare: frame.runChars == 0 ? 0 : Double(frame.runLinkChars) / Double(frame.runChars)))
            }
            frame.run = []
            frame.runChars = 0
            frame.runLinkChars = 0
        }
        while !stack.isEmpty {
            let top = stack.count - 1
            guard let current = stack[top].next else {
                flush(&stack[top])
                stack.removeLast()
                continue
            }
            stack[top].next = current.pointee.next
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                let piece = current.pointee.content.map { String(cString: $0) } ?? ""
                stack[top].run.append(piece)
                stack[top].runChars += piece.count
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = HTMLDocument.name(current)
            if skippedElements.contains(name) { continue }
            // An inline element that wraps paragraphs (`<span><p>…</p></span>`) is read as a block.
            if blockElements.contains(name) || wrapsBlocks.contains(current) {
                flush(&stack[top])
                stack.append(Frame(node: current, next: current.pointee.children))
            } else if name == "br" {
                stack[top].run.append("\n")
            } else {
                let (inner, linkShare) = HTMLDocument.text(of: current, skip: skip)
                stack[top].run.append(inner)
                stack[top].runChars += inner.count
                stack[top].runLinkChars += name == "a" ? inner.count : Int(Double(inner.count) * linkShare)
            }
        }
        return paragraphs
    }

    /// Elements with a block element somewhere below them.
    static func elementsWrappingBlocks(_ root: xmlNodePtr) -> Set<xmlNodePtr> {
        var result = Set<xmlNodePtr>()
        var stack: [xmlNodePtr] = [root]
        while let node = stack.popLast() {
            var child = node.pointee.children
            while let current = child {
                child = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE else { continue }
                if blockElements.contains(HTMLDocument.name(current)) {
                    var ancestor = current.pointee.parent
                    while let up = ancestor, up.pointee.type == XML_ELEMENT_NODE, result.insert(up).inserted { ancestor = up.pointee.parent }
                }
                stack.append(current)
            }
        }
        return result
    }

    static func isAncestor(_ node: xmlNodePtr, of other: xmlNodePtr) -> Bool {
        var current = other.pointee.parent
        while let up = current {
            if up == node { return true }
            current = up.pointee.parent
        }
        return false
    }

    /// White space runs (spaces, tabs, line breaks, no-break spaces) made one space, ends trimmed.
    static func normalise(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{a0}" {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" ") }
                pendingSpace = false
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Scores containers and returns the paragraphs of the best one and its strong siblings.
    static func choose(_ paragraphs: [Paragraph]) -> [Paragraph] {
        var scores: [xmlNodePtr: Double] = [:]
        // class/id verdicts, read once per element.
        var furniture: [xmlNodePtr: Bool] = [:]
        func isFurniture(_ node: xmlNodePtr) -> Bool {
            if let known = furniture[node] { return known }
            let verdict = ContentHints.isFurniture(classAndID: classAndID(node))
            furniture[node] = verdict
            return verdict
        }
        func base(_ node: xmlNodePtr) -> Double {
            let tag: Double = switch HTMLDocument.name(node) {
            case "div", "article", "main", "section": 5
            case "pre", "td", "blockquote": 3
            case "ol", "ul", "li", "dl", "dd", "dt", "form": -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
            default: 0
            }
            return tag
        }
        for paragraph in paragraphs where paragraph.text.count >= minScoringLength && paragraph.linkShare <= maxLinkShare {
            let points = 1 + Double(paragraph.text.filter { $0 == "," || $0 == "、" || $0 == "，" }.count)
                + min(3, Double(paragraph.text.count) / 100)
            // A run of loose text scores its container directly; a <p> scores its parent.
            var target: xmlNodePtr? = paragraph.kind == "run" ? paragraph.owner : paragraph.owner.pointee.parent
            var share = 1.0
            for _ in 0..<3 {
                guard let node = target, node.pointee.type == XML_ELEMENT_NODE else { break }
                if scores[node] == nil { scores[node] = base(node) }
                scores[node]! += points * share
                share = share == 1 ? 0.5 : share / 1.5
                target = node.pointee.parent
            }
        }
        // Link density lowers a container's score: menus are all links. class/id words scale what the
        // content earned rather than adding to it, so an empty "content" wrapper cannot win.
        // Link shares come from the paragraphs below each container, not from walking its subtree again.
        var characters: [xmlNodePtr: (all: Double, linked: Double)] = [:]
        for paragraph in paragraphs {
            let length = Double(paragraph.text.utf8.count)
            var node: xmlNodePtr? = paragraph.owner
            while let current = node, current.pointee.type == XML_ELEMENT_NODE {
                if scores[current] != nil {
                    let sum = characters[current] ?? (0, 0)
                    characters[current] = (sum.all + length, sum.linked + length * paragraph.linkShare)
                }
                node = current.pointee.parent
            }
        }
        var linkShare: [xmlNodePtr: Double] = [:]
        for node in Array(scores.keys) {
            let sum = characters[node] ?? (0, 0)
            linkShare[node] = sum.all == 0 ? 0 : sum.linked / sum.all
            scores[node]! *= ContentHints.factor(classAndID: classAndID(node))
        }
        guard let best = scores.max(by: { $0.value * (1 - linkShare[$0.key]!) < $1.value * (1 - linkShare[$1.key]!) })?.key else { return [] }
        let bestScore = scores[best]! * (1 - linkShare[best]!)
        var included: Set<xmlNodePtr> = [best]
        if let parent = best.pointee.parent {
            var sibling = parent.pointee.children
            while let current = sibling {
                sibling = current.pointee.next
                guard current.pointee.type == XML_ELEMENT_NODE, current != best else { continue }
                let score = (scores[current] ?? 0) * (1 - (linkShare[current] ?? 0))
                if score >= max(10, bestScore * siblingShare) { included.insert(current) }
            }
        }
        // Long articles are often cut into chunks around ads: containers of the same element and
        // class as the best one carry the rest of the body.
        let signature = HTMLDocument.name(best) + "|" + (HTMLDocument.attribute(best, "class") ?? "")
        if HTMLDocument.attribute(best, "class") != nil {
            for (node, score) in scores where score >= minChunkScore && !included.contains(node)
                && HTMLDocument.name(node) + "|" + (HTMLDocument.attribute(node, "class") ?? "") == signature
                && !isAncestor(node, of: best) && !isAncestor(best, of: node) {
                included.insert(node)
            }
        }
        return paragraphs.filter { paragraph in
            guard !paragraph.text.isEmpty, paragraph.linkShare <= maxLinkShare else { return false }
            // Inside an included container, and not inside furniture within it.
            var node: xmlNodePtr? = paragraph.owner
            while let current = node {
                if included.contains(current) { break }
                if isFurniture(current) { return false }
                node = current.pointee.parent
            }
            guard node != nil else { return false }
            let endsLikeSentence = paragraph.text.last.map { ".!?\"”:;。！？".contains($0) } ?? false
            return paragraph.text.count >= minKeptLength || endsLikeSentence || paragraph.kind.hasPrefix("h")
        }
    }
}
