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
    /// From the dependency parse, when the model reads one: the hash of the token's relation to its
    /// head (0 without a parse) and the head's index among the tokens (-1 for a root).
    var relation: UInt64 = 0
    var head: Int32 = -1
}

enum TaggerTokens {
    enum Shape: UInt8 { case lower, capitalised, upper, digits, mixed, quote, punctuation, other }

    /// Tokens after which a sentence is cut even without a full stop: text with no punctuation
    /// (a 10 MB line) must not make one sentence that the linker's per-sentence work grows on.
    /// Longer than any real sentence in PolNeAR train or dev.
    static let longestSentence = 400

    /// The tagger's tokens: the text model's pieces, with what the features need. Sentences here are
    /// the tagger's own, as it was trained: a line feed, or . ! ? not after an abbreviation or an initial.
    static func tokens(_ model: TextModel) -> [TaggerToken] {
        let scalars = model.text.scalars
        var tokens: [TaggerToken] = []
        tokens.reserveCapacity(model.tokens.count + model.tokens.count / 4)
        var nextStartsSentence = true
        var sentence: Int32 = 0
        var sentenceLength = 0
        model.forEachPiece(tokens: model.tokens.indices) { piece in
            let source = model.tokens[piece.token]
            let lineStart = piece.startsLine
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[piece.span.start..<piece.span.end])
            let lower = String(view).lowercased()
            let isQuote = source.isQuoteMark
            let closesQuote = isQuote && source.closesQuote
            // A closing quotation mark right after a full stop still belongs to the ending sentence.
            // "$214.9", "U.S.": a stop with no space after it, before a word, ends nothing.
            let gluedToStop = tokens.last.map { $0.span.end == piece.span.start && $0.lower == "." } ?? false && piece.isRun
            let startsSentence = lineStart || (nextStartsSentence && !closesQuote && !gluedToStop) || sentenceLength >= longestSentence
            if startsSentence, !tokens.isEmpty { sentence += 1 }
            sentenceLength = startsSentence ? 1 : sentenceLength + 1
            var token = TaggerToken(span: piece.span, wordHash: FNV1a.hash(lower), lower: lower,
                                    shape: shape(scalars[piece.span.start..<piece.span.end]).rawValue, paragraphStart: lineStart,
                                    sentenceStart: startsSentence, insideQuote: source.insideQuote, isQuoteMark: isQuote)
            token.sentence = sentence
            // A sentence ends after . ! ? unless the word before is an abbreviation or an initial.
            if lower == "." || lower == "!" || lower == "?" {
                let previousWord = tokens.last?.lower ?? ""
                nextStartsSentence = lower != "." || !(Vocabulary.abbreviations.contains(previousWord) || previousWord.count == 1)
            } else if !(closesQuote && nextStartsSentence) {
                nextStartsSentence = false
            }
            tokens.append(token)
        }
        return tokens
    }

    /// Fills each token's relation and head from `grammar`, sentence by sentence (the tagger's own sentences).
    static func parse(_ tokens: inout [TaggerToken], text: ScalarText, grammar: GrammarModel, parses: SentenceParses = SentenceParses()) {
        var start = 0
        while start < tokens.count {
            var end = start + 1
            while end < tokens.count, tokens[end].sentence == tokens[start].sentence { end += 1 }
            let tree: DependencyParser.Tree
            if let known = parses.byFirstPiece[tokens[start].span.start], known.spans.count == end - start,
               known.spans.elementsEqual(tokens[start..<end].lazy.map(\.span)) {
                tree = known.tree
            } else {
                let forms = tokens[start..<end].map { text.slice($0.span) }
                tree = grammar.parser.parse(words: forms, tags: grammar.tagger.tag(forms))
            }
            for offset in 0..<(end - start) {
                tokens[start + offset].relation = FNV1a.hash(tree.relations[offset])
                tokens[start + offset].head = tree.heads[offset] == 0 ? -1 : Int32(start + tree.heads[offset] - 1)
            }
            start = end
        }
    }

    static func shape(_ scalars: ArraySlice<Unicode.Scalar>) -> Shape {
        guard let first = scalars.first else { return .other }
        if QuoteMarks.isDoubleQuote(first) { return .quote }
        if !TextModel.isRunScalar(first) { return .punctuation }
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
