/// The tokens the attribution tagger labels: runs of letters and digits (the scorer's `\w+`), and
/// every other visible character on its own. Each carries what the features need and cannot see
/// from the token alone: the scalar span, whether a paragraph or sentence starts at it, and
/// whether it stands inside double quotation marks (the scorer's rule: the state resets at each line).
struct TaggerToken {
    var span: Span
    /// Lower-cased text, hashed once.
    var wordHash: UInt64
    var lower: String
    var shape: UInt8
    var paragraphStart: Bool
    var sentenceStart: Bool
    var insideQuote: Bool
    var isQuoteMark: Bool
    /// Index of the token's sentence.
    var sentence: Int32 = 0
}

enum TaggerTokens {
    enum Shape: UInt8 { case lower, capitalised, upper, digits, mixed, quote, punctuation, other }

    /// Words after which a full stop does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st", "jr", "sr", "u", "s", "vs", "inc", "co",
        "corp", "ltd", "no", "jan", "feb", "aug", "sept", "sep", "oct", "nov", "dec", "rev", "prof", "sgt", "capt",
    ]

    /// Tokens after which a sentence is cut even without a full stop: text with no punctuation
    /// (a 10 MB line) must not make one sentence that the linker's per-sentence work grows on.
    /// Longer than any real sentence in PolNeAR train or dev.
    static let longestSentence = 400

    static func tokens(_ scalars: [Unicode.Scalar]) -> [TaggerToken] {
        var tokens: [TaggerToken] = []
        tokens.reserveCapacity(scalars.count / 5)
        var index = 0
        var sawNewline = true
        var inQuote = false
        var nextStartsSentence = true
        var sentence: Int32 = 0
        var sentenceLength = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                sawNewline = true
                inQuote = false
                index += 1
                continue
            }
            if scalar.value <= 0x20 || (scalar.value >= 0x80 && scalar.properties.isWhitespace) {
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                while index < scalars.count, isWordScalar(scalars[index]) { index += 1 }
            } else {
                index += 1
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[start..<index])
            let lower = String(piece).lowercased()
            let isQuote = QuoteMarks.isDoubleQuote(scalar)
            let closesQuote = isQuote && !QuoteMarks.opens(scalar, inside: inQuote)
            // A closing quotation mark right after a full stop still belongs to the ending sentence.
            // "$214.9", "U.S.": a stop with no space after it, before a word, ends nothing.
            let gluedToStop = tokens.last.map { $0.span.end == start && $0.lower == "." } ?? false && isWordScalar(scalar)
            let startsSentence = sawNewline || (nextStartsSentence && !closesQuote && !gluedToStop) || sentenceLength >= longestSentence
            if startsSentence, !tokens.isEmpty { sentence += 1 }
            sentenceLength = startsSentence ? 1 : sentenceLength + 1
            var token = TaggerToken(span: Span(start, index), wordHash: FeatureHash.hash(lower), lower: lower,
                                    shape: shape(scalars[start..<index]).rawValue, paragraphStart: sawNewline,
                                    sentenceStart: startsSentence, insideQuote: inQuote || isQuote, isQuoteMark: isQuote)
            token.sentence = sentence
            if isQuote { inQuote = !closesQuote }
            // A sentence ends after . ! ? unless the word before is an abbreviation or an initial.
            if lower == "." || lower == "!" || lower == "?" {
                let previousWord = tokens.last?.lower ?? ""
                nextStartsSentence = lower != "." || !(abbreviations.contains(previousWord) || previousWord.count == 1)
            } else if !(closesQuote && nextStartsSentence) {
                nextStartsSentence = false
            }
            sawNewline = false
            tokens.append(token)
        }
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode property lookups showed in the profile.
        if scalar.value < 0x80 {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39) || value == 0x5F
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }

    static func shape(_ scalars: ArraySlice<Unicode.Scalar>) -> Shape {
        guard let first = scalars.first else { return .other }
        if QuoteMarks.isDoubleQuote(first) { return .quote }
        if !isWordScalar(first) { return .punctuation }
        var upper = 0, lower = 0, digits = 0
        for scalar in scalars {
            if scalar.value < 0x80 {
                let value = scalar.value
                if value >= 0x41 && value <= 0x5A { upper += 1 } else if value >= 0x61 && value <= 0x7A { lower += 1 } else if value >= 0x30 && value <= 0x39 { digits += 1 }
                continue
            }
            if scalar.properties.isUppercase { upper += 1 } else if scalar.properties.isLowercase { lower += 1 } else if scalar.properties.numericType != nil { digits += 1 }
        }
        if digits == scalars.count { return .digits }
        if upper == 0 { return .lower }
        if lower == 0 { return .upper }
        if upper == 1, first.value >= 0x41 && first.value <= 0x5A || first.properties.isUppercase { return .capitalised }
        return .mixed
    }
}
