/// The tagger's view of a token: its words and shapes around it, quotation state, sentence and
/// paragraph starts, and the nearest cue-like word on either side within the sentence (content
/// usually sits right after "said that" or right before ", he said"). Previous tags are added
/// at decoding time, because they depend on the tagger's own earlier choices.
enum TaggerFeatures {
    /// Token distances, bucketed: near cues matter, far ones only by side.
    static func distanceBucket(_ distance: Int) -> UInt64 {
        switch distance {
        case ...1: 1
        case 2: 2
        case 3...4: 3
        case 5...8: 4
        case 9...16: 5
        default: 6
        }
    }

    /// For each token, the nearest other token of its sentence that `marked` picks, on the left and
    /// on the right (-1 when there is none).
    static func nearestInSentence(_ tokens: [TaggerToken], marked: (Int) -> Bool) -> (left: [Int], right: [Int]) {
        var left = [Int](repeating: -1, count: tokens.count)
        var right = [Int](repeating: -1, count: tokens.count)
        var last = -1
        for index in tokens.indices {
            if last >= 0, tokens[last].sentence != tokens[index].sentence { last = -1 }
            left[index] = last
            if marked(index) { last = index }
        }
        last = -1
        for index in tokens.indices.reversed() {
            if last >= 0, tokens[last].sentence != tokens[index].sentence { last = -1 }
            right[index] = last
            if marked(index) { last = index }
        }
        return (left, right)
    }

    /// Static features of every token (everything but previous tags), as hashes.
    /// Every token's features in one flat array; token i's are `flat[ends[i-1]..<ends[i]]`.
    struct Table: Sendable {
        var flat: [UInt64] = []
        var ends: [Int] = []
        subscript(index: Int) -> ArraySlice<UInt64> { flat[(index == 0 ? 0 : ends[index - 1])..<ends[index]] }
    }

    static func features(_ tokens: [TaggerToken], cueWords: Set<UInt64>) -> Table {
        var writer = FeatureWriter(tokens, cueWords: cueWords)
        var result = Table()
        result.flat.reserveCapacity(tokens.count * 30)
        result.ends.reserveCapacity(tokens.count)
        var sentenceStart = 0
        for index in tokens.indices {
            if tokens[index].sentenceStart { sentenceStart = index }
            writer.window(index, sentenceStart: sentenceStart, into: &result.flat)
            writer.nearestCues(index, into: &result.flat)
            result.flat.append(FeatureHash.mix(28, writer.word(index - 3)))
            result.flat.append(FeatureHash.mix(29, writer.word(index + 3)))
            writer.cueNeighbours(index, into: &result.flat)
            result.flat.append(FeatureHash.mix(32, writer.shape(index - 1), writer.word(index)))
            writer.clauses(index, into: &result.flat)
            if writer.sameSentence(index, index - 1) == false { result.flat.append(FeatureHash.mix(27, writer.word(index))) }
            if tokens[index].relation != 0 { writer.grammar(index, into: &result.flat) }
            result.ends.append(result.flat.count)
        }
        return result
    }

    /// What the features of one token are made of: the tokens, the nearest cue-like word on each side
    /// within the sentence, and commas and sentence ends for counting clause breaks. The numbers in
    /// `FeatureHash.mix` name the templates; the model's weights are keyed by them, so they never change.
    struct FeatureWriter {
        let tokens: [TaggerToken]
        let cueWords: Set<UInt64>
        let leftCue: [Int]
        let rightCue: [Int]
        /// Commas before each token within its sentence, and where its sentence ends.
        var commasBefore: [Int]
        var sentenceEnd: [Int]
        static let none: UInt64 = 0x5eed

        init(_ tokens: [TaggerToken], cueWords: Set<UInt64>) {
            self.tokens = tokens
            self.cueWords = cueWords
            (leftCue, rightCue) = TaggerFeatures.nearestInSentence(tokens) { cueWords.contains(tokens[$0].wordHash) }
            commasBefore = [Int](repeating: 0, count: tokens.count)
            sentenceEnd = [Int](repeating: 0, count: tokens.count)
            for index in tokens.indices {
                let sameSentence = index > 0 && tokens[index - 1].sentence == tokens[index].sentence
                commasBefore[index] = sameSentence ? commasBefore[index - 1] + (tokens[index - 1].lower == "," ? 1 : 0) : 0
            }
            var end = tokens.count
            for index in tokens.indices.reversed() {
                if index + 1 < tokens.count, tokens[index + 1].sentence != tokens[index].sentence { end = index + 1 }
                sentenceEnd[index] = end
            }
        }

        func word(_ index: Int) -> UInt64 { tokens.indices.contains(index) ? tokens[index].wordHash : Self.none }
        func shape(_ index: Int) -> UInt64 { tokens.indices.contains(index) ? UInt64(tokens[index].shape) : 99 }
        func sameSentence(_ index: Int, _ other: Int) -> Bool {
            tokens.indices.contains(other) && tokens[other].sentence == tokens[index].sentence
        }

        /// The token, its neighbours' words and shapes, quotation state, and where it stands in its
        /// paragraph and sentence.
        func window(_ index: Int, sentenceStart: Int, into flat: inout [UInt64]) {
            let token = tokens[index]
            flat.append(FeatureHash.mix(1, 0))
            flat.append(FeatureHash.mix(2, word(index)))
            flat.append(FeatureHash.mix(3, word(index - 1)))
            flat.append(FeatureHash.mix(4, word(index + 1)))
            flat.append(FeatureHash.mix(5, word(index - 2)))
            flat.append(FeatureHash.mix(6, word(index + 2)))
            flat.append(FeatureHash.mix(7, word(index - 1), word(index)))
            flat.append(FeatureHash.mix(8, word(index), word(index + 1)))
            flat.append(FeatureHash.mix(9, shape(index)))
            flat.append(FeatureHash.mix(10, shape(index - 1), shape(index)))
            flat.append(FeatureHash.mix(11, shape(index), shape(index + 1)))
            flat.append(FeatureHash.mix(12, token.insideQuote ? 1 : 0, token.isQuoteMark ? 1 : 0))
            let previousQuote: UInt64 = index > 0 && tokens[index - 1].insideQuote ? 1 : 0
            let nextQuote: UInt64 = index + 1 < tokens.count && tokens[index + 1].insideQuote ? 1 : 0
            flat.append(FeatureHash.mix(13, previousQuote * 2 + nextQuote, token.insideQuote ? 1 : 0))
            flat.append(FeatureHash.mix(14, token.paragraphStart ? 1 : 0, token.sentenceStart ? 1 : 0))
            let endsNext = index + 1 >= tokens.count || tokens[index + 1].sentenceStart
            flat.append(FeatureHash.mix(15, endsNext ? 1 : 0))
            flat.append(FeatureHash.mix(16, min(UInt64(index - sentenceStart), 6)))
            flat.append(FeatureHash.mix(17, cueWords.contains(token.wordHash) ? 1 : 0))
        }

        /// How far the nearest cue-like word is on each side, which word it is, and whether it is quoted.
        func nearestCues(_ index: Int, into flat: inout [UInt64]) {
            let inside: UInt64 = tokens[index].insideQuote ? 1 : 0
            if leftCue[index] >= 0 {
                let distance = distanceBucket(index - leftCue[index])
                flat.append(FeatureHash.mix(18, distance))
                flat.append(FeatureHash.mix(19, tokens[leftCue[index]].wordHash, distance))
                flat.append(FeatureHash.mix(20, tokens[leftCue[index]].insideQuote ? 1 : 0, inside))
            } else {
                flat.append(FeatureHash.mix(21, 0))
            }
            if rightCue[index] >= 0 {
                let distance = distanceBucket(rightCue[index] - index)
                flat.append(FeatureHash.mix(22, distance))
                flat.append(FeatureHash.mix(23, tokens[rightCue[index]].wordHash, distance))
                flat.append(FeatureHash.mix(24, tokens[rightCue[index]].insideQuote ? 1 : 0, inside))
            } else {
                flat.append(FeatureHash.mix(25, 0))
            }
            flat.append(FeatureHash.mix(26, leftCue[index] >= 0 ? 1 : 0, rightCue[index] >= 0 ? 1 : 0))
        }

        /// The word after a cue on the left ("said that", "told reporters") and before a cue on the
        /// right (", he said"; "Trump said"), and whether this token touches it.
        func cueNeighbours(_ index: Int, into flat: inout [UInt64]) {
            if leftCue[index] >= 0 {
                flat.append(FeatureHash.mix(30, word(leftCue[index] + 1), index - leftCue[index] == 1 ? 1 : 0))
            }
            if rightCue[index] >= 0 {
                flat.append(FeatureHash.mix(31, word(rightCue[index] - 1), rightCue[index] - index == 1 ? 1 : 0))
            }
        }

        /// How the parse ties the token to a cue: its relation, its head when that is a cue word
        /// (the cue's subject: "Peskov said"), and the nearest cue word above it in the tree with the
        /// relation of the branch it sits in (the clause the cue governs: said → ccomp → …).
        func grammar(_ index: Int, into flat: inout [UInt64]) {
            let token = tokens[index]
            flat.append(FeatureHash.mix(36, token.relation))
            let head = Int(token.head)
            let headIsCue = head >= 0 && cueWords.contains(tokens[head].wordHash)
            flat.append(FeatureHash.mix(37, token.relation, headIsCue ? tokens[head].wordHash : 1))
            flat.append(FeatureHash.mix(39, token.relation, head >= 0 ? tokens[head].relation : 0))
            var child = index
            var steps = 1
            while Int(tokens[child].head) >= 0, steps <= Self.maxCueDepth {
                let parent = Int(tokens[child].head)
                if cueWords.contains(tokens[parent].wordHash) {
                    flat.append(FeatureHash.mix(38, tokens[child].relation, distanceBucket(steps)))
                    return
                }
                child = parent
                steps += 1
            }
            flat.append(FeatureHash.mix(38, 0, 0))
        }

        /// Ancestors looked through for a governing cue word.
        static let maxCueDepth = 8

        /// Clause breaks (commas) between the token and each cue, and around it in its sentence.
        func clauses(_ index: Int, into flat: inout [UInt64]) {
            if leftCue[index] >= 0 {
                flat.append(FeatureHash.mix(33, UInt64(min(commasBefore[index] - commasBefore[leftCue[index]], 3))))
            }
            if rightCue[index] >= 0 {
                let commas = UInt64(min(commasBefore[rightCue[index]] - commasBefore[index], 3))
                // ", he said." closes the sentence: the cue sits within its last few tokens.
                let cueAtEnd: UInt64 = sentenceEnd[rightCue[index]] - rightCue[index] <= 4 ? 1 : 0
                flat.append(FeatureHash.mix(34, commas, cueAtEnd))
            }
            let commasAfter = UInt64(min(commasBefore[max(sentenceEnd[index] - 1, index)] - commasBefore[index], 3))
            flat.append(FeatureHash.mix(35, UInt64(min(commasBefore[index], 3)), commasAfter))
        }
    }

    /// Features of a first pass's labels around each token, for the second pass: the labels to the
    /// right are what a left-to-right tagger cannot see (content before ", he said").
    static func stacked(_ tokens: [TaggerToken], firstPass labels: [AttributionTagger.Label]) -> Table {
        func label(_ index: Int) -> UInt64 { labels.indices.contains(index) ? UInt64(labels[index].rawValue) : 99 }
        // Nearest first-pass cue on each side within the sentence.
        let (leftCue, rightCue) = nearestInSentence(tokens) { labels[$0].role == .cue }
        var result = Table()
        result.flat.reserveCapacity(tokens.count * 14)
        for index in tokens.indices {
            for offset in -3...3 { result.flat.append(FeatureHash.mix(UInt64(53 + offset), label(index + offset))) }
            result.flat.append(FeatureHash.mix(60, label(index), tokens[index].wordHash))
            result.flat.append(FeatureHash.mix(61, label(index - 1) * 128 + label(index), label(index + 1)))
            result.flat.append(FeatureHash.mix(62, leftCue[index] >= 0 ? distanceBucket(index - leftCue[index]) : 0,
                                               rightCue[index] >= 0 ? distanceBucket(rightCue[index] - index) : 0))
            if rightCue[index] >= 0 { result.flat.append(FeatureHash.mix(63, label(rightCue[index] - 1), label(index))) }
            if leftCue[index] >= 0 { result.flat.append(FeatureHash.mix(64, label(leftCue[index] + 1), label(index))) }
            result.ends.append(result.flat.count)
        }
        return result
    }
}
