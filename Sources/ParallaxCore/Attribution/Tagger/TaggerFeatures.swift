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

    /// Static features of every token (everything but previous tags), as hashes.
    static func features(_ tokens: [TaggerToken], cueWords: Set<UInt64>) -> [[UInt64]] {
        let none: UInt64 = 0x5eed
        func word(_ index: Int) -> UInt64 { tokens.indices.contains(index) ? tokens[index].wordHash : none }
        func shape(_ index: Int) -> UInt64 { tokens.indices.contains(index) ? UInt64(tokens[index].shape) : 99 }
        func sameSentence(_ index: Int, _ other: Int) -> Bool {
            tokens.indices.contains(other) && tokens[other].sentence == tokens[index].sentence
        }
        // Nearest cue-like word on each side within the sentence.
        var leftCue = [Int](repeating: -1, count: tokens.count)
        var rightCue = [Int](repeating: -1, count: tokens.count)
        var last = -1
        for index in tokens.indices {
            if last >= 0, tokens[last].sentence != tokens[index].sentence { last = -1 }
            leftCue[index] = last
            if cueWords.contains(tokens[index].wordHash) { last = index }
        }
        last = -1
        for index in tokens.indices.reversed() {
            if last >= 0, tokens[last].sentence != tokens[index].sentence { last = -1 }
            rightCue[index] = last
            if cueWords.contains(tokens[index].wordHash) { last = index }
        }
        var sentenceStart = 0
        var result: [[UInt64]] = []
        result.reserveCapacity(tokens.count)
        for index in tokens.indices {
            let token = tokens[index]
            if token.sentenceStart { sentenceStart = index }
            var list: [UInt64] = []
            list.reserveCapacity(32)
            list.append(FeatureHash.mix(1, 0))
            list.append(FeatureHash.mix(2, word(index)))
            list.append(FeatureHash.mix(3, word(index - 1)))
            list.append(FeatureHash.mix(4, word(index + 1)))
            list.append(FeatureHash.mix(5, word(index - 2)))
            list.append(FeatureHash.mix(6, word(index + 2)))
            list.append(FeatureHash.mix(7, word(index - 1), word(index)))
            list.append(FeatureHash.mix(8, word(index), word(index + 1)))
            list.append(FeatureHash.mix(9, shape(index)))
            list.append(FeatureHash.mix(10, shape(index - 1), shape(index)))
            list.append(FeatureHash.mix(11, shape(index), shape(index + 1)))
            list.append(FeatureHash.mix(12, token.insideQuote ? 1 : 0, token.isQuoteMark ? 1 : 0))
            let previousQuote: UInt64 = index > 0 && tokens[index - 1].insideQuote ? 1 : 0
            let nextQuote: UInt64 = index + 1 < tokens.count && tokens[index + 1].insideQuote ? 1 : 0
            list.append(FeatureHash.mix(13, previousQuote * 2 + nextQuote, token.insideQuote ? 1 : 0))
            list.append(FeatureHash.mix(14, token.paragraphStart ? 1 : 0, token.sentenceStart ? 1 : 0))
            let endsNext = index + 1 >= tokens.count || tokens[index + 1].sentenceStart
            list.append(FeatureHash.mix(15, endsNext ? 1 : 0))
            list.append(FeatureHash.mix(16, min(UInt64(index - sentenceStart), 6)))
            list.append(FeatureHash.mix(17, cueWords.contains(token.wordHash) ? 1 : 0))
            if leftCue[index] >= 0 {
                let distance = distanceBucket(index - leftCue[index])
                list.append(FeatureHash.mix(18, distance))
                list.append(FeatureHash.mix(19, tokens[leftCue[index]].wordHash, distance))
                list.append(FeatureHash.mix(20, tokens[leftCue[index]].insideQuote ? 1 : 0, token.insideQuote ? 1 : 0))
            } else {
                list.append(FeatureHash.mix(21, 0))
            }
            if rightCue[index] >= 0 {
                let distance = distanceBucket(rightCue[index] - index)
                list.append(FeatureHash.mix(22, distance))
                list.append(FeatureHash.mix(23, tokens[rightCue[index]].wordHash, distance))
                list.append(FeatureHash.mix(24, tokens[rightCue[index]].insideQuote ? 1 : 0, token.insideQuote ? 1 : 0))
            } else {
                list.append(FeatureHash.mix(25, 0))
            }
            list.append(FeatureHash.mix(26, leftCue[index] >= 0 ? 1 : 0, rightCue[index] >= 0 ? 1 : 0))
            if sameSentence(index, index - 1) == false { list.append(FeatureHash.mix(27, word(index))) }
            result.append(list)
        }
        return result
    }
}
