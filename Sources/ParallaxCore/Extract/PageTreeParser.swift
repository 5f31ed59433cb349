import CLibXML2

/// Builds a `PageTree` from libxml2's HTML parser in SAX mode. libxml2 still tokenises, recovers
/// from broken markup, closes elements HTML implies, and caps nesting depth; only the tree is ours.
enum PageTreeParser {
    /// Elements whose attributes metadata reads.
    static let metadataElementNames: Set<String> = ["meta", "link", "title", "h1", "time", "html", "script"]
    /// Elements whose text is never kept (JSON-LD scripts excepted).
    static let rawTextElementNames: Set<String> = ["script", "style", "noscript", "template"]

    static func parse(_ html: String) -> PageTree? {
        var html = html
        guard !html.isEmpty else { return nil }
        let byteCount = html.utf8.count
        // The builder is reached from C callbacks through a pointer: a struct behind a pointer
        // skips the run-time exclusivity checks a class's properties would pay on every event.
        let builder = UnsafeMutablePointer<Builder>.allocate(capacity: 1)
        builder.initialize(to: Builder(expectedBytes: byteCount))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        guard let context = htmlNewParserCtxt() else { return nil }
        defer { htmlFreeParserCtxt(context) }
        var handler = htmlSAXHandler()
        handler.initialized = 1
        handler.startElement = { context, name, attributes in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: Builder.self).pointee.start(name, attributes)
        }
        handler.endElement = { context, name in
            guard let context, let name else { return }
            context.assumingMemoryBound(to: Builder.self).pointee.end(name)
        }
        let characters: charactersSAXFunc = { context, text, length in
            guard let context, let text, length > 0 else { return }
            context.assumingMemoryBound(to: Builder.self).pointee.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handler.characters = characters
        // Script and style bodies arrive as CDATA; white space between blocks as "ignorable", which
        // still separates words.
        handler.cdataBlock = characters
        handler.ignorableWhitespace = characters
        context.pointee.sax.pointee = handler
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        context.pointee.userData = UnsafeMutableRawPointer(builder)
        // The page is already UTF-8 (ingest decoded it): naming the encoding makes libxml2 ignore
        // a `<meta charset>` that would otherwise make it transcode a second time.
        // Read in place from the string's own UTF-8 storage (made contiguous if it was not).
        html.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) {
                _ = htmlCtxtReadMemory(context, $0.baseAddress, Int32(byteCount), nil, "UTF-8", options)
            }
        }
        return builder.pointee.tree.nodes.isEmpty ? nil : builder.pointee.tree
    }

    struct Builder {
        var tree = PageTree()
        /// Open elements, innermost last, with the last child linked so far.
        var open: [(node: Int32, namePointer: UnsafePointer<xmlChar>, lastChild: Int32)] = []
        /// libxml2 interns element names, so a name's pointer identifies it within one parse.
        var nameIndex: [UnsafePointer<xmlChar>: Int32] = [:]
        /// Verdicts by name number.
        var isRawTextName: [Bool] = []
        var isMetadataName: [Bool] = []
        /// Depth in `open` of an element whose text is dropped (script, style), or nil.
        var droppingTextAt: Int?
        let classAttributeName: [xmlChar] = Array("class".utf8) + [0]
        let idAttributeName: [xmlChar] = Array("id".utf8) + [0]

        /// Capacities from the page's size (about one node per 40 bytes of markup), so that the
        /// arrays are not copied as they grow.
        init(expectedBytes: Int) {
            tree.nodes.reserveCapacity(expectedBytes / 40)
            tree.text.reserveCapacity(expectedBytes / 4)
            open.reserveCapacity(64)
        }

        mutating func nameID(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
            if let known = nameIndex[pointer] { return known }
            let name = String(cString: pointer)
            let id = Int32(tree.names.count)
            tree.names.append(name)
            nameIndex[pointer] = id
            isRawTextName.append(PageTreeParser.rawTextElementNames.contains(name))
            isMetadataName.append(PageTreeParser.metadataElementNames.contains(name))
            if name == "a" { tree.anchorName = id }
            if name == "br" { tree.lineBreakName = id }
            return id
        }

        mutating func link(_ node: Int32) {
            guard let top = open.indices.last else { return }
            let last = open[top].lastChild
            if last >= 0 {
                tree.nodes[Int(last)].nextSibling = node
            } else {
                tree.nodes[Int(open[top].node)].firstChild = node
            }
            open[top].lastChild = node
        }

        mutating func start(_ name: UnsafePointer<xmlChar>, _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
            // A second root (content after </html>) is read as part of the first.
            if open.isEmpty, !tree.nodes.isEmpty { return }
            let id = nameID(name)
            let node = Int32(tree.nodes.count)
            tree.nodes.append(PageTree.Node(parent: open.last?.node ?? -1, name: id))
            link(node)
            open.append((node, name, -1))
            var allAttributes: [String: String]?
            if isMetadataName[Int(id)] { allAttributes = [:] }
            if let attributes {
                var index = 0
                while let attributeName = attributes[index] {
                    let value = attributes[index + 1]
                    index += 2
                    guard let value else { continue }
                    if allAttributes != nil {
                        allAttributes![String(cString: attributeName)] = String(cString: value)
                    }
                    let isClass = xmlStrEqual(attributeName, classAttributeName) != 0
                    guard isClass || xmlStrEqual(attributeName, idAttributeName) != 0 else { continue }
                    let start = Int32(tree.attributeBytes.count)
                    tree.attributeBytes.append(contentsOf: UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value))))
                    let end = Int32(tree.attributeBytes.count)
                    if isClass {
                        (tree.nodes[Int(node)].classStart, tree.nodes[Int(node)].classEnd) = (start, end)
                    } else {
                        (tree.nodes[Int(node)].idStart, tree.nodes[Int(node)].idEnd) = (start, end)
                    }
                }
            }
            if let allAttributes {
                tree.metadataAttributes[node] = allAttributes
                let isScript = tree.names[Int(id)] == "script"
                if !isScript || allAttributes["type"]?.lowercased() == "application/ld+json" {
                    tree.metadataElements.append(node)
                }
                if isScript, allAttributes["type"]?.lowercased() != "application/ld+json", droppingTextAt == nil {
                    droppingTextAt = open.count - 1
                }
            } else if isRawTextName[Int(id)], droppingTextAt == nil {
                droppingTextAt = open.count - 1
            }
        }

        mutating func end(_ name: UnsafePointer<xmlChar>) {
            // libxml2 balances its events; should one ever be unmatched, close up to the match or ignore it.
            guard let depth = open.lastIndex(where: { $0.namePointer == name }) else { return }
            open.removeSubrange(depth...)
            if let dropping = droppingTextAt, dropping >= open.count { droppingTextAt = nil }
        }

        mutating func characters(_ bytes: UnsafeBufferPointer<xmlChar>) {
            guard droppingTextAt == nil, let top = open.indices.last else { return }
            let last = open[top].lastChild
            // Adjacent pieces of text (libxml2 delivers text in chunks) become one node.
            if last >= 0, tree.nodes[Int(last)].name < 0, Int(tree.nodes[Int(last)].textEnd) == tree.text.count {
                tree.text.append(contentsOf: bytes)
                tree.nodes[Int(last)].textEnd = Int32(tree.text.count)
                return
            }
            let start = Int32(tree.text.count)
            tree.text.append(contentsOf: bytes)
            let node = Int32(tree.nodes.count)
            tree.nodes.append(PageTree.Node(parent: open[top].node, name: -1, textStart: start, textEnd: Int32(tree.text.count)))
            link(node)
        }
    }
}
