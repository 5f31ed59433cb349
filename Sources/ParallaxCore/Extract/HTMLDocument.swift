import CLibXML2
import Foundation

/// A parsed HTML page, walked without recursion so that deep nesting cannot overflow the stack.
/// libxml2 recovers from broken markup and caps nesting depth itself.
final class HTMLDocument {
    private let document: htmlDocPtr

    init?(_ html: String) {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let bytes = Array(html.utf8)
        guard let parsed = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
                }
            }
        }) else { return nil }
        document = parsed
    }

    deinit { xmlFreeDoc(document) }

    var root: xmlNodePtr? { xmlDocGetRootElement(document) }

    /// The element's name. libxml2's HTML parser already lower-cases names, and names this short
    /// are small strings in Swift: no allocation on this hot path.
    static func name(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    static func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        guard let value = xmlGetProp(node, name) else { return nil }
        defer { free(value) }  // xmlFree is a C global variable; libxml2 allocates with malloc.
        return String(cString: value)
    }

    /// Elements in document order, skipping the subtrees `skip` says no to.
    func elements(skip: (xmlNodePtr) -> Bool = { _ in false }) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var stack: [xmlNodePtr] = root.map { [$0] } ?? []
        while let node = stack.popLast() {
            guard node.pointee.type == XML_ELEMENT_NODE, !skip(node) else { continue }
            result.append(node)
            var children: [xmlNodePtr] = []
            var child = node.pointee.children
            while let current = child {
                children.append(current)
                child = current.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return result
    }

    /// The text below `node`, with the subtrees `skip` says no to left out, and the share of it inside links.
    static func text(of node: xmlNodePtr, skip: (xmlNodePtr) -> Bool) -> (text: String, linkShare: Double) {
        var parts: [String] = []
        var linkChars = 0
        var allChars = 0
        var stack: [(xmlNodePtr, Bool)] = []
        var child = node.pointee.children
        var initial: [(xmlNodePtr, Bool)] = []
        while let current = child {
            initial.append((current, false))
            child = current.pointee.next
        }
        stack = initial.reversed()
        while let (current, inLink) = stack.popLast() {
            if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE {
                if let content = current.pointee.content {
                    let piece = String(cString: content)
                    parts.append(piece)
                    allChars += piece.count
                    if inLink { linkChars += piece.count }
                }
                continue
            }
            guard current.pointee.type == XML_ELEMENT_NODE, !skip(current) else { continue }
            let name = Self.name(current)
            if name == "br" { parts.append("\n") }
            var grandchildren: [(xmlNodePtr, Bool)] = []
            var next = current.pointee.children
            while let item = next {
                grandchildren.append((item, inLink || name == "a"))
                next = item.pointee.next
            }
            stack.append(contentsOf: grandchildren.reversed())
        }
        let joined = parts.joined()
        return (joined, allChars == 0 ? 0 : Double(linkChars) / Double(allChars))
    }
}
