/// Which container of a page holds the article: each paragraph of prose gives points to its
/// container and the containers above it; link density and class/id words weigh the sums; the best
/// container, its strong siblings and the other chunks of the same class are kept, and inside them
/// every paragraph that is not furniture or a fragment. Per-node figures live in arrays indexed by
/// node: this runs on every page.
struct ContainerChoice {
    let tree: PageTree
    let paragraphs: [HTMLExtractor.Paragraph]
    let settings: HTMLSettings
    /// Points each container earned, and the containers that earned any, in the order they did.
    var scores: [Double]
    var isScored: [Bool]
    var scored: [Int32] = []

    init(tree: PageTree, paragraphs: [HTMLExtractor.Paragraph], settings: HTMLSettings) {
        self.tree = tree
        self.paragraphs = paragraphs
        self.settings = settings
        scores = [Double](repeating: 0, count: tree.nodes.count)
        isScored = [Bool](repeating: false, count: tree.nodes.count)
    }

    /// The paragraphs of the chosen containers, in page order.
    mutating func chosen() -> [HTMLExtractor.Paragraph] {
        scoreParagraphs()
        let weighted = weighted()
        // Ties go to the earlier element, so that the choice does not depend on the order of scoring.
        guard let best = scored.max(by: { weighted[Int($0)] != weighted[Int($1)] ? weighted[Int($0)] < weighted[Int($1)] : $0 > $1 }) else { return [] }
        var included: Set<Int32> = [best]
        included.formUnion(strongSiblings(of: best, weighted: weighted))
        included.formUnion(chunks(like: best, besides: included))
        return kept(inside: included)
    }

    /// What a container starts from, by its element.
    func base(_ node: Int32) -> Double {
        switch tree.name(node) {
        case "div", "article", "main", "section": settings.sectionBase
        case "pre", "td", "blockquote": settings.blockBase
        case "ol", "ul", "li", "dl", "dd", "dt", "form": settings.listBase
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": settings.headingBase
        default: 0
        }
    }

    /// Each paragraph of prose scores its container and the ones above it, less at each step up.
    mutating func scoreParagraphs() {
        for paragraph in paragraphs where paragraph.length >= settings.minScoringLength && paragraph.linkShare <= settings.maxLinkShare {
            let points = 1 + Double(HTMLExtractor.commaCount(paragraph.text)) + min(settings.maxLengthPoints, Double(paragraph.length) / settings.charactersPerPoint)
            // A run of loose text scores its container directly; a <p> scores its parent.
            var target: Int32? = paragraph.kind == "run" ? paragraph.owner : tree.parent(paragraph.owner)
            var share = 1.0
            for _ in 0..<settings.scoredAncestors {
                guard let node = target else { break }
                if !isScored[Int(node)] {
                    isScored[Int(node)] = true
                    scored.append(node)
                    scores[Int(node)] = base(node)
                }
                scores[Int(node)] += points * share
                share = share == 1 ? settings.parentShare : share / settings.furtherDivisor
                target = tree.parent(node)
            }
        }
    }

    /// Scores after class/id words and link density: class/id words scale what the content earned
    /// rather than adding to it, so an empty "content" wrapper cannot win; menus are all links. Link
    /// shares come from the paragraphs below each container, not from walking its subtree again.
    mutating func weighted() -> [Double] {
        var allCharacters = [Double](repeating: 0, count: scores.count)
        var linkedCharacters = [Double](repeating: 0, count: scores.count)
        for paragraph in paragraphs {
            let length = Double(paragraph.text.utf8.count)
            var node: Int32? = paragraph.owner
            while let current = node {
                if isScored[Int(current)] {
                    allCharacters[Int(current)] += length
                    linkedCharacters[Int(current)] += length * paragraph.linkShare
                }
                node = tree.parent(current)
            }
        }
        var weighted = [Double](repeating: 0, count: scores.count)
        for node in scored {
            let index = Int(node)
            let linkShare = allCharacters[index] == 0 ? 0 : linkedCharacters[index] / allCharacters[index]
            scores[index] *= ContentHints.factor(words: HTMLExtractor.classAndID(tree, node), settings: settings)
            weighted[index] = scores[index] * (1 - linkShare)
        }
        return weighted
    }

    /// Siblings of the best container that score well beside it.
    func strongSiblings(of best: Int32, weighted: [Double]) -> [Int32] {
        guard let parent = tree.parent(best) else { return [] }
        let bar = max(settings.minSiblingScore, weighted[Int(best)] * settings.siblingShare)
        return tree.children(parent).filter { tree.isElement($0) && $0 != best && weighted[Int($0)] >= bar }
    }

    /// Long articles are often cut into chunks around ads: containers of the same element and
    /// class as the best one carry the rest of the body.
    func chunks(like best: Int32, besides included: Set<Int32>) -> [Int32] {
        guard let bestClass = tree.classBytes(best) else { return [] }
        let bestName = tree.nodes[Int(best)].name
        return scored.filter { node in
            scores[Int(node)] >= settings.minChunkScore && !included.contains(node)
                && tree.nodes[Int(node)].name == bestName && tree.classBytes(node).map({ $0.elementsEqual(bestClass) }) == true
                && !tree.isAncestor(node, of: best) && !tree.isAncestor(best, of: node)
        }
    }

    /// The paragraphs inside an included container and not inside furniture within it, without
    /// fragments: short pieces are kept only when they end like a sentence or are headings.
    func kept(inside included: Set<Int32>) -> [HTMLExtractor.Paragraph] {
        // class/id verdicts, read once per element: 0 unknown, 1 furniture, 2 not.
        var furniture = [UInt8](repeating: 0, count: scores.count)
        func isFurniture(_ node: Int32) -> Bool {
            if furniture[Int(node)] == 0 { furniture[Int(node)] = ContentHints.isFurniture(words: HTMLExtractor.classAndID(tree, node)) ? 1 : 2 }
            return furniture[Int(node)] == 1
        }
        return paragraphs.filter { paragraph in
            guard paragraph.length > 0, paragraph.linkShare <= settings.maxLinkShare else { return false }
            var node: Int32? = paragraph.owner
            while let current = node {
                if included.contains(current) { break }
                if isFurniture(current) { return false }
                node = tree.parent(current)
            }
            guard node != nil else { return false }
            let endsLikeSentence = paragraph.text.last.map { ".!?\"”:;。！？".contains($0) } ?? false
            return paragraph.length >= settings.minKeptLength || endsLikeSentence || paragraph.kind.hasPrefix("h")
        }
    }
}
