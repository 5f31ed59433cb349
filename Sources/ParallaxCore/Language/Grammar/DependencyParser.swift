/// A greedy transition-based dependency parser (arc-hybrid: Kuhlmann, Gómez-Rodríguez, Satta 2011)
/// trained with a dynamic oracle and exploration (Goldberg & Nivre 2013), so it learns to recover from
/// its own mistakes. Two averaged perceptrons: one chooses the transition (shift, left arc, right arc)
/// from the stack's and buffer's words, tags and children; one gives an arc its relation from the head,
/// the dependent and the dependent's own (complete) children. Projective trees only; one root.
public struct DependencyParser: Sendable {
    var transitions: HashedPerceptron
    var labeller: HashedPerceptron
    /// Relation names (UD's, before any colon), by class number.
    var relations: [String]

    public static let transitionBits = 20
    public static let labelBits = 16

    /// A parsed sentence: each word's head (0 for the root, words count from 1) and relation.
    public struct Tree: Sendable, Equatable {
        public var heads: [Int]
        public var relations: [String]
    }

    public func parse(words: [String], tags: [UPOS]) -> Tree {
        var state = ParseState(words: words, tags: tags)
        var features: [UInt64] = []
        var scratch = [Float](repeating: 0, count: 3)
        var labelScratch = [Float](repeating: 0, count: relations.count)
        while !state.isTerminal {
            state.transitionFeatures(into: &features)
            let move = Transition(rawValue: transitions.best(features, scratch: &scratch) { state.isValid(Transition(rawValue: $0)!) })!
            if let (head, dependent) = state.arc(move) {
                state.labelFeatures(head: head, dependent: dependent, into: &features)
                state.apply(move, relation: labeller.best(features, scratch: &labelScratch))
            } else {
                state.apply(move, relation: 0)
            }
        }
        return Tree(heads: Array(state.head[1...]), relations: state.relation[1...].map { $0 < 0 ? "dep" : relations[$0] })
    }

    public struct Example: Sendable {
        public var words: [String]
        public var tags: [UPOS]
        public var heads: [Int]
        public var relations: [String]
        public init(words: [String], tags: [UPOS], heads: [Int], relations: [String]) {
            self.words = words
            self.tags = tags
            self.heads = heads
            self.relations = relations
        }
    }

    /// Trains on gold trees (with the tags the tagger would give, so that it learns from realistic tags).
    public static func train(_ examples: [Example], epochs: Int, progress: (String) -> Void = { _ in }) -> DependencyParser {
        let relations = Array(Set(examples.flatMap(\.relations))).sorted()
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, $0) })
        var moves = PerceptronTrainer(classes: 3, bits: transitionBits)
        var labels = PerceptronTrainer(classes: relations.count, bits: labelBits)
        var random = SeededRandom(seed: 0xDE9)
        var order = Array(examples.indices)
        var features: [UInt64] = []
        var scratch = [Float](repeating: 0, count: 3)
        var labelScratch = [Float](repeating: 0, count: relations.count)
        for epoch in 0..<epochs {
            var right = 0, total = 0
            for number in order {
                let example = examples[number]
                let gold = [0] + example.heads
                let goldRelation = [0] + example.relations.map { relationIndex[$0]! }
                var state = ParseState(words: example.words, tags: example.tags)
                while !state.isTerminal {
                    state.transitionFeatures(into: &features)
                    moves.model.scores(features, into: &scratch)
                    var costs = [Int](repeating: Int.max, count: 3)
                    for move in Transition.allCases where state.isValid(move) { costs[move.rawValue] = state.cost(move, gold: gold) }
                    let cheapest = costs.min()!
                    func best(_ allowed: (Int) -> Bool) -> Int {
                        var best = -1
                        for move in 0..<3 where allowed(move) && (best < 0 || scratch[move] > scratch[best]) { best = move }
                        return best
                    }
                    let predicted = best { costs[$0] != Int.max }
                    let truth = best { costs[$0] == cheapest }
                    moves.tick()
                    if costs[predicted] != cheapest { moves.update(features, truth: truth, guess: predicted) } else { right += 1 }
                    total += 1
                    // Explore: after the first epoch, mostly follow the model's own choice.
                    let move = Transition(rawValue: epoch > 0 && random.next() % 10 != 0 ? predicted : truth)!
                    var relation = 0
                    if let (head, dependent) = state.arc(move) {
                        state.labelFeatures(head: head, dependent: dependent, into: &features)
                        relation = labels.model.best(features, scratch: &labelScratch)
                        if gold[dependent] == head {
                            labels.tick()
                            labels.update(features, truth: goldRelation[dependent], guess: relation)
                            relation = goldRelation[dependent]
                        }
                    }
                    state.apply(move, relation: relation)
                }
            }
            order.shuffle(using: &random)
            progress("parser epoch \(epoch + 1): \(String(format: "%.4f", Double(right) / Double(max(total, 1)))) of transitions optimal")
        }
        return DependencyParser(transitions: moves.averaged(), labeller: labels.averaged(), relations: relations)
    }

    init(transitions: HashedPerceptron, labeller: HashedPerceptron, relations: [String]) {
        self.transitions = transitions
        self.labeller = labeller
        self.relations = relations
    }
}

enum Transition: Int, CaseIterable {
    case shift, left, right
}

/// The parser's configuration: a stack, the buffer's front, and the arcs made so far. Word 0 is the root.
struct ParseState {
    let lower: [UInt64]
    let tags: [UInt64]
    let suffix: [UInt64]
    var stack: [Int] = [0]
    var front = 1
    var head: [Int]
    var relation: [Int]
    var leftmost: [Int]
    var rightmost: [Int]
    var secondLeftmost: [Int]
    var secondRightmost: [Int]
    var leftCount: [Int]
    var rightCount: [Int]

    init(words: [String], tags: [UPOS]) {
        let count = words.count + 1
        lower = [FNV1a.hash("<root>")] + words.map { FNV1a.hash($0.lowercased()) }
        self.tags = [99] + tags.map { UInt64($0.rawValue) &+ 1 }
        suffix = [0] + words.map { FNV1a.hash(String($0.lowercased().suffix(3))) }
        head = [Int](repeating: -1, count: count)
        relation = [Int](repeating: -1, count: count)
        leftmost = [Int](repeating: -1, count: count)
        rightmost = [Int](repeating: -1, count: count)
        secondLeftmost = [Int](repeating: -1, count: count)
        secondRightmost = [Int](repeating: -1, count: count)
        leftCount = [Int](repeating: 0, count: count)
        rightCount = [Int](repeating: 0, count: count)
    }

    var words: Int { lower.count - 1 }
    var isTerminal: Bool { front > words && stack.count == 1 }

    func isValid(_ move: Transition) -> Bool {
        switch move {
        case .shift: return front <= words
        case .left: return stack.count > 1 && front <= words
        // One root: the last word on the stack attaches to it once the buffer is empty.
        case .right: return stack.count > 2 || (stack.count == 2 && front > words)
        }
    }

    /// The arc a move would make: (head, dependent).
    func arc(_ move: Transition) -> (Int, Int)? {
        switch move {
        case .shift: return nil
        case .left: return (front, stack[stack.count - 1])
        case .right: return (stack[stack.count - 2], stack[stack.count - 1])
        }
    }

    mutating func apply(_ move: Transition, relation label: Int) {
        guard let (parent, child) = arc(move) else {
            stack.append(front)
            front += 1
            return
        }
        stack.removeLast()
        head[child] = parent
        relation[child] = label
        if child < parent {
            if leftmost[parent] < 0 || child < leftmost[parent] { secondLeftmost[parent] = leftmost[parent]; leftmost[parent] = child }
            leftCount[parent] += 1
        } else {
            if rightmost[parent] < 0 || child > rightmost[parent] { secondRightmost[parent] = rightmost[parent]; rightmost[parent] = child }
            rightCount[parent] += 1
        }
    }

    /// Gold arcs a move makes unreachable (Goldberg & Nivre's arc-hybrid oracle; exact for projective trees).
    func cost(_ move: Transition, gold: [Int]) -> Int {
        let buffer = front...max(front, words)
        func inBuffer(_ word: Int) -> Bool { front <= words && buffer.contains(word) }
        func dependentsInBuffer(_ word: Int) -> Int {
            guard front <= words else { return 0 }
            return buffer.reduce(0) { $0 + (gold[$1] == word ? 1 : 0) }
        }
        switch move {
        case .shift:
            var lost = stack.dropLast().contains(gold[front]) ? 1 : 0
            lost += stack.reduce(0) { $0 + ($1 != 0 && gold[$1] == front ? 1 : 0) }
            return lost
        case .left:
            let top = stack[stack.count - 1], below = stack[stack.count - 2]
            let goldHead = gold[top]
            var lost = goldHead != front && (goldHead == below || (goldHead > front && inBuffer(goldHead))) ? 1 : 0
            lost += dependentsInBuffer(top)
            return lost
        case .right:
            let top = stack[stack.count - 1], below = stack[stack.count - 2]
            var lost = gold[top] != below && inBuffer(gold[top]) ? 1 : 0
            lost += dependentsInBuffer(top)
            return lost
        }
    }

    func word(_ index: Int) -> UInt64 { index >= 0 ? lower[index] : 7 }
    func tag(_ index: Int) -> UInt64 { index >= 0 ? tags[index] : 98 }
    func label(_ index: Int) -> UInt64 { index >= 0 ? UInt64(relation[index] &+ 1) : 97 }

    func transitionFeatures(into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let s0 = stack.count > 0 ? stack[stack.count - 1] : -1
        let s1 = stack.count > 1 ? stack[stack.count - 2] : -1
        let s2 = stack.count > 2 ? stack[stack.count - 3] : -1
        let b0 = front <= words ? front : -1
        let b1 = front + 1 <= words ? front + 1 : -1
        let b2 = front + 2 <= words ? front + 2 : -1
        let s0l = s0 >= 0 ? leftmost[s0] : -1, s0r = s0 >= 0 ? rightmost[s0] : -1
        let s1l = s1 >= 0 ? leftmost[s1] : -1, s1r = s1 >= 0 ? rightmost[s1] : -1
        let b0l = b0 >= 0 ? leftmost[b0] : -1
        let s0l2 = s0 >= 0 ? secondLeftmost[s0] : -1, s0r2 = s0 >= 0 ? secondRightmost[s0] : -1
        let distance: UInt64 = s0 > 0 && b0 > 0 ? UInt64(min(b0 - s0, 6)) : 0
        var template: UInt64 = 0
        func add(_ a: UInt64, _ b: UInt64 = 0) {
            template += 1
            features.append(FeatureHash.mix(template, a, b))
        }
        add(0)
        add(word(s0)); add(tag(s0)); add(word(s0), tag(s0))
        add(word(s1)); add(tag(s1)); add(word(s1), tag(s1))
        add(word(b0)); add(tag(b0)); add(word(b0), tag(b0))
        add(word(b1)); add(tag(b1)); add(word(b1), tag(b1))
        add(tag(b2)); add(tag(s2))
        add(word(s0), word(b0)); add(tag(s0), tag(b0)); add(word(s0), tag(b0)); add(tag(s0), word(b0))
        add(word(s0), word(s1)); add(tag(s0), tag(s1)); add(word(s0), tag(s1)); add(tag(s0), word(s1))
        add(tag(s1) << 16 | tag(s0), tag(b0)); add(tag(s0) << 16 | tag(b0), tag(b1)); add(tag(s2) << 16 | tag(s1), tag(s0))
        add(tag(b0) << 16 | tag(b1), tag(b2))
        add(tag(s0) << 16 | tag(s0l), tag(b0)); add(tag(s0) << 16 | tag(s0r), tag(b0))
        add(tag(s0) << 16 | tag(s0l), label(s0l)); add(tag(s0) << 16 | tag(s0r), label(s0r))
        add(tag(s1) << 16 | tag(s1r), tag(s0)); add(label(s1r), tag(s1)); add(label(s1l), tag(s1))
        add(tag(b0) << 16 | tag(b0l), label(b0l))
        add(label(s0l) << 16 | label(s0l2), tag(s0)); add(label(s0r) << 16 | label(s0r2), tag(s0))
        add(distance, tag(s0) << 16 | tag(b0)); add(distance, word(s0)); add(distance, word(b0))
        add(UInt64(s0 >= 0 ? leftCount[s0] : 9) << 8 | UInt64(s0 >= 0 ? rightCount[s0] : 9), tag(s0))
        add(UInt64(s1 >= 0 ? rightCount[s1] : 9), tag(s1)); add(UInt64(b0 >= 0 ? leftCount[b0] : 9), tag(b0))
        add(suffix[max(s0, 0)], tag(b0)); add(suffix[max(b0, 0)], tag(s0))
        add(UInt64(stack.count > 2 ? 1 : 0) << 8 | UInt64(b0 < 0 ? 1 : 0), tag(s0))
        let b0l2 = b0 >= 0 ? secondLeftmost[b0] : -1
        add(word(b0), word(b1)); add(word(s0) ^ tag(s0) << 40, word(b0) ^ tag(b0) << 40)
        add(word(s0l), tag(s0)); add(word(s0r), tag(s0)); add(word(b0l), tag(b0))
        add(tag(b0) << 16 | tag(b0l), tag(b0l2)); add(tag(s0) << 16 | tag(s0l), tag(s0l2)); add(tag(s0) << 16 | tag(s0r), tag(s0r2))
        add(word(s1), word(b0)); add(tag(s1) << 16 | tag(s0), word(b0)); add(word(s0), tag(s1) << 16 | tag(b0))
        add(suffix[max(s1, 0)], tag(s0)); add(suffix[max(b1, 0)], tag(b0))
        // The words beside s0 in the sentence, and the word before b0: the surface context of the stack top.
        let s0before = s0 > 1 ? s0 - 1 : -1, s0after = s0 > 0 && s0 < words ? s0 + 1 : -1, b0before = b0 > 1 ? b0 - 1 : -1
        add(tag(s0before) << 16 | tag(s0), tag(s0after)); add(tag(b0before) << 16 | tag(b0), tag(s0))
        add(tag(s0after), tag(b0) << 16 | tag(b0before)); add(word(s2), tag(s2)); add(word(b2), tag(b2))
        add(word(s0) ^ word(b0) << 1, tag(b1))
    }

    func labelFeatures(head parent: Int, dependent child: Int, into features: inout [UInt64]) {
        features.removeAll(keepingCapacity: true)
        let direction: UInt64 = child < parent ? 1 : 2
        let distance = UInt64(min(abs(parent - child), 6))
        let cl = leftmost[child], cr = rightmost[child]
        var template: UInt64 = 100
        func add(_ a: UInt64, _ b: UInt64 = 0) {
            template += 1
            features.append(FeatureHash.mix(template, a, b))
        }
        add(direction)
        add(direction, tag(parent) << 16 | tag(child)); add(direction, word(child)); add(direction, word(parent))
        add(word(parent), word(child)); add(word(parent), tag(child)); add(tag(parent), word(child))
        add(direction << 8 | distance, tag(parent) << 16 | tag(child))
        add(tag(child) << 16 | label(cl), label(cr)); add(tag(child), tag(cl) << 16 | tag(cr))
        add(direction, suffix[child]); add(tag(parent), suffix[child])
        add(word(child), tag(child) << 8 | direction)
        add(direction, tag(child) << 16 | tag(child + 1 <= words ? child + 1 : -1))
        add(direction, tag(child) << 16 | tag(child - 1 >= 1 ? child - 1 : -1))
        add(UInt64(parent == 0 ? 1 : 0), tag(child))
        add(UInt64(leftCount[child]) << 8 | UInt64(rightCount[child]), tag(child))
    }
}
