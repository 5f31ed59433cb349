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

    struct Paragraph {
        var owner: Int32            // the element the text belongs to (for a run of loose text, its container)
        var kind: String            // p, h2, li, blockquote, pre, run
        var text: String
        var length: Int             // in Unicode scalars
        var linkShare: Double
    }

    /// Parses the page and nothing more: the floor under extraction time, for `parallax bench`.
    public static func parseOnly(_ raw: RawArticle) -> Bool { PageTreeParser.parse(raw.content) != nil }

    public static func extract(_ raw: RawArticle, settings: ExtractSettings = ExtractSettings()) -> Article {
        guard let tree = PageTreeParser.parse(raw.content), let root = tree.root else {
            var article = Article(id: raw.id, source: raw.source, text: "", title: raw.title, outlet: raw.outlet, url: raw.url)
            article.emptyReason = "not parseable as HTML"
            return article
        }
        let metadata = HTMLMetadata.read(tree)
        let paragraphs = collect(tree, root)
        var choice = ContainerChoice(tree: tree, paragraphs: paragraphs, settings: settings.html)
        let chosen = choice.chosen()

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
            let role: BlockRole = paragraph.kind.count == 2 && paragraph.kind.hasPrefix("h") ? .heading : .body
            blocks.append(Block(role: role, span: Span(offset, offset + paragraph.length)))
            text += paragraph.text
            offset += paragraph.length
        }
        var article = Article(id: raw.id, source: raw.source, text: text, title: raw.title ?? metadata.title,
                              outlet: raw.outlet ?? metadata.outlet, url: raw.url ?? metadata.url,
                              published: raw.published.flatMap(PartialDate.parseISO) ?? metadata.published,
                              authors: metadata.authors, blocks: blocks)
        if raw.published == nil { article.publishedSources = metadata.publishedSources }
        article.language = metadata.language
        article.publishedConflicts = metadata.dateConflicts.map { "\($0.date.iso) (\($0.source.rawValue))" }
        (article.authors, article.credits) = AgencyCredits.separate(authors: metadata.authors, body: text, settings: settings)
        if text.isEmpty { article.emptyReason = paragraphs.isEmpty ? "no text on the page" : "no block of prose found" }
        return article
    }

    /// class and id words of an element, for `ContentHints`.
    static func classAndID(_ tree: PageTree, _ node: Int32) -> [String] {
        ContentHints.words(tree.classBytes(node) ?? []) + ContentHints.words(tree.idBytes(node) ?? [])
    }

    /// Every paragraph of the page in document order: block elements that hold text directly, and
    /// runs of loose text and inline elements between blocks (`<div>text<br>text</div>`).
    /// An explicit stack, not recursion: deep nesting must not overflow.
    static func collect(_ tree: PageTree, _ root: Int32) -> [Paragraph] {
        struct Frame {
            var node: Int32
            var next: Int32
            var run: [UInt8] = []
            var runChars = 0
            var runLinkChars = 0
        }
        let ownKinds: Set<String> = ["p", "li", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "td", "dd", "th"]
        // Verdicts by element name, indexed by the tree's name numbers.
        let isSkippedName = tree.names.map(skippedElements.contains)
        let isBlockName = tree.names.map(blockElements.contains)
        let skip: (Int32) -> Bool = { isSkippedName[Int(tree.nodes[Int($0)].name)] }
        var paragraphs: [Paragraph] = []
        let wrapsBlocks = elementsWrappingBlocks(tree, isBlockName: isBlockName)
        var stack = [Frame(node: root, next: tree.nodes[Int(root)].firstChild)]
        func flush(_ frame: inout Frame) {
            let (text, length) = normalise(frame.run)
            if length > 0 {
                let name = tree.name(frame.node)
                paragraphs.append(Paragraph(owner: frame.node, kind: ownKinds.contains(name) ? name : "run", text: text, length: length,
                                            linkShare: frame.runChars == 0 ? 0 : Double(frame.runLinkChars) / Double(frame.runChars)))
            }
            frame.run.removeAll(keepingCapacity: true)
            frame.runChars = 0
            frame.runLinkChars = 0
        }
        while !stack.isEmpty {
            let top = stack.count - 1
            let current = stack[top].next
            guard current >= 0 else {
                flush(&stack[top])
                stack.removeLast()
                continue
            }
            let entry = tree.nodes[Int(current)]
            stack[top].next = entry.nextSibling
            if entry.name < 0 {
                let piece = tree.text[Int(entry.textStart)..<Int(entry.textEnd)]
                stack[top].run.append(contentsOf: piece)
                stack[top].runChars += PageTree.scalarCount(piece)
                continue
            }
            if isSkippedName[Int(entry.name)] { continue }
            // An inline element that wraps paragraphs (`<span><p>…</p></span>`) is read as a block.
            if isBlockName[Int(entry.name)] || wrapsBlocks[Int(current)] {
                flush(&stack[top])
                stack.append(Frame(node: current, next: entry.firstChild))
            } else if entry.name == tree.lineBreakName {
                stack[top].run.append(UInt8(ascii: "\n"))
            } else {
                let (all, linked) = tree.text(of: current, into: &stack[top].run, skip: skip)
                stack[top].runChars += all
                stack[top].runLinkChars += entry.name == tree.anchorName ? all : linked
            }
        }
        return paragraphs
    }

    /// Which nodes have a block element somewhere below them.
    static func elementsWrappingBlocks(_ tree: PageTree, isBlockName: [Bool]) -> [Bool] {
        var result = [Bool](repeating: false, count: tree.nodes.count)
        for index in tree.nodes.indices where tree.nodes[index].name >= 0 && isBlockName[Int(tree.nodes[index].name)] {
            var ancestor = tree.nodes[index].parent
            while ancestor >= 0, !result[Int(ancestor)] {
                result[Int(ancestor)] = true
                ancestor = tree.nodes[Int(ancestor)].parent
            }
        }
        return result
    }

    /// White space runs (spaces, tabs, line breaks, no-break spaces) made one space, ends trimmed;
    /// with the result's length in Unicode scalars.
    static func normalise(_ bytes: [UInt8]) -> (String, Int) {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pendingSpace = false
        var scalars = 0
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let isSpace = byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
            let isNoBreakSpace = byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
            if isSpace || isNoBreakSpace {
                pendingSpace = !result.isEmpty
                index += isNoBreakSpace ? 2 : 1
                continue
            }
            if pendingSpace {
                result.append(0x20)
                scalars += 1
            }
            pendingSpace = false
            result.append(byte)
            if byte & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        return (String(decoding: result, as: UTF8.self), scalars)
    }

    /// Commas in UTF-8 text, Latin and CJK (、，): a sign of sentences rather than labels.
    static func commaCount(_ text: String) -> Int {
        var count = 0
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in text.utf8 {
            if byte == 0x2C || (previous == (0xE3, 0x80) && byte == 0x81) || (previous == (0xEF, 0xBC) && byte == 0x8C) { count += 1 }
            previous = (previous.1, byte)
        }
        return count
    }
}
