/// A page as a light tree of its own, built from libxml2's SAX events (see `PageTreeParser`):
/// elements with parent, first child and next sibling as indices; text as byte ranges of one
/// UTF-8 buffer; and only the attributes extraction reads (class and id of every element, all
/// attributes of the few elements metadata comes from). Letting libxml2 build its DOM instead
/// cost about as much again as the parse itself.
struct PageTree {
    struct Node {
        var parent: Int32
        var firstChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// Index into `names` for an element; -1 for a text node.
        var name: Int32
        /// A text node's bytes in `text`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// class and id values in `attributeBytes` (empty when absent).
        var classStart: Int32 = 0
        var classEnd: Int32 = -1
        var idStart: Int32 = 0
        var idEnd: Int32 = -1
    }

    var nodes: [Node] = []
    /// Element names as libxml2 gives them (lower case), each once.
    var names: [String] = []
    var text: [UInt8] = []
    var attributeBytes: [UInt8] = []
    /// Every attribute of the elements metadata is read from, by element.
    var metadataAttributes: [Int32: [String: String]] = [:]
    /// meta, link, title, h1, time, html and JSON-LD script elements, in document order.
    var metadataElements: [Int32] = []
    /// The name numbers of `a` and `br`, read on every step of a text walk (-2 when absent).
    var anchorName: Int32 = -2
    var lineBreakName: Int32 = -2

    var root: Int32? { nodes.isEmpty ? nil : 0 }

    func isElement(_ node: Int32) -> Bool { nodes[Int(node)].name >= 0 }

    func name(_ node: Int32) -> String {
        let index = nodes[Int(node)].name
        return index >= 0 ? names[Int(index)] : ""
    }

    func parent(_ node: Int32) -> Int32? {
        let up = nodes[Int(node)].parent
        return up >= 0 ? up : nil
    }

    func children(_ node: Int32) -> ChildSequence { ChildSequence(tree: self, first: nodes[Int(node)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: PageTree
        var first: Int32
        mutating func next() -> Int32? {
            guard first >= 0 else { return nil }
            defer { first = tree.nodes[Int(first)].nextSibling }
            return first
        }
    }

    func classBytes(_ node: Int32) -> ArraySlice<UInt8>? {
        let entry = nodes[Int(node)]
        return entry.classEnd < 0 ? nil : attributeBytes[Int(entry.classStart)..<Int(entry.classEnd)]
    }

    func idBytes(_ node: Int32) -> ArraySlice<UInt8>? {
        let entry = nodes[Int(node)]
        return entry.idEnd < 0 ? nil : attributeBytes[Int(entry.idStart)..<Int(entry.idEnd)]
    }

    func attribute(_ node: Int32, _ name: String) -> String? { metadataAttributes[node]?[name] }

    func isAncestor(_ node: Int32, of other: Int32) -> Bool {
        var current = parent(other)
        while let up = current {
            if up == node { return true }
            current = parent(up)
        }
        return false
    }

    /// The text bytes below `node`, with the subtrees `skip` says no to left out, and how many
    /// Unicode scalars of it there are, all and inside links. `<br>` is a line break. Walked by
    /// parent and sibling links: no stack to allocate, and deep nesting cannot overflow.
    func text(of node: Int32, into bytes: inout [UInt8], skip: (Int32) -> Bool) -> (all: Int, linked: Int) {
        var all = 0
        var linked = 0
        var linkDepth = 0
        var current = nodes[Int(node)].firstChild
        while current >= 0 {
            let entry = nodes[Int(current)]
            var descend = false
            if entry.name < 0 {
                let piece = text[Int(entry.textStart)..<Int(entry.textEnd)]
                bytes.append(contentsOf: piece)
                let scalars = Self.scalarCount(piece)
                all += scalars
                if linkDepth > 0 { linked += scalars }
            } else if !skip(current) {
                if entry.name == lineBreakName { bytes.append(UInt8(ascii: "\n")) }
                if entry.firstChild >= 0 {
                    if entry.name == anchorName { linkDepth += 1 }
                    descend = true
                }
            }
            if descend {
                current = entry.firstChild
                continue
            }
            // Next in document order: the next sibling, or that of the nearest ancestor below `node` that has one.
            var climbing = current
            while nodes[Int(climbing)].nextSibling < 0 {
                let up = nodes[Int(climbing)].parent
                if up == node || up < 0 { return (all, linked) }
                if nodes[Int(up)].name == anchorName { linkDepth -= 1 }
                climbing = up
            }
            current = nodes[Int(climbing)].nextSibling
        }
        return (all, linked)
    }

    /// The text below `node` as a string, white space as received.
    func string(of node: Int32) -> String {
        var bytes: [UInt8] = []
        _ = text(of: node, into: &bytes, skip: { _ in false })
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Unicode scalars in UTF-8 bytes: every byte that does not continue a sequence starts one.
    static func scalarCount<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }
}
