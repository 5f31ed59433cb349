/// The language stage's view of one article: sentences, words, names, dates and numbers of its body.
public struct LanguageAnalysis: Sendable, Codable {
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var names: [NameMention]
    public var dates: [DateMention]
    public var numbers: [NumberMention]
    /// The date relative expressions were resolved against, and whether it is the article's own.
    public var referenceDate: PartialDate?
    public var referenceIsOwn: Bool

    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }

    /// Relative dates resolved against another day: the story's, for an article with no date of its own.
    /// Relative dates left unresolved: the page's date is not to be trusted for "Sunday" or "last month".
    public func droppingRelativeDates() -> LanguageAnalysis {
        var copy = self
        for index in copy.dates.indices where copy.dates[index].isRelative { copy.dates[index].date = nil }
        return copy
    }

    public func resolvingDates(against reference: PartialDate) -> LanguageAnalysis {
        var copy = self
        copy.referenceDate = reference
        copy.referenceIsOwn = false
        for index in copy.dates.indices where copy.dates[index].isRelative {
            copy.dates[index].date = copy.dates[index].expression.resolve(against: reference)
        }
        return copy
    }
}

public enum Language {
    /// The model's words within `span`. A token that crosses an edge of it (a block cut inside a
    /// word, "dialogue.Read Full Article at …") is read again from the part inside: a sentence ends where its span does.
    static func words(of model: TextModel, in span: Span, breaker: TextBreaker) -> [Span] {
        var result: [Span] = []
        var index = model.tokens.partitioningIndex { $0.span.end > span.start }
        while index < model.tokens.count, model.tokens[index].span.start < span.end {
            let token = model.tokens[index]
            if span.contains(token.span) {
                if token.isWord { result.append(token.span) }
            } else {
                let cut = Span(max(token.span.start, span.start), min(token.span.end, span.end))
                let part = TextModel(ScalarText(model.text.slice(cut)), breaker: breaker)
                result += part.tokens.filter(\.isWord).map { Span($0.span.start + cut.start, $0.span.end + cut.start) }
            }
            index += 1
        }
        return result
    }

    /// The text model's tokens within a sentence, punctuation included and spaces left out: what the grammar reads.
    public static func pieces(of sentence: Span, model: TextModel) -> [(span: Span, text: String)] {
        var pieces: [(span: Span, text: String)] = []
        var index = model.tokens.partitioningIndex { $0.span.end > sentence.start }
        while index < model.tokens.count, model.tokens[index].span.start < sentence.end {
            let token = model.tokens[index]
            if sentence.contains(token.span), !model.text.slice(token.span).allSatisfy(\.isWhitespace) {
                pieces.append((token.span, model.text.slice(token.span)))
            }
            index += 1
        }
        return pieces
    }

    /// Tags and parses a sentence's words (`tokens[first...]`). The grammar was trained on words and
    /// punctuation, so it reads the text model's tokens of the sentence (punctuation too); each word
    /// takes the tag of its token, and the head of its token when that head is a word too.
    static func parse(_ tokens: inout [Token], from first: Int, sentence: Span, model: TextModel, grammar: GrammarModel,
                      parses: inout SentenceParses) {
        guard first < tokens.count else { return }
        let pieces = pieces(of: sentence, model: model)
        let forms = pieces.map(\.text)
        let tags = grammar.tagger.tag(forms)
        let tree = grammar.parser.parse(words: forms, tags: tags)
        if let start = pieces.first?.span.start { parses.byFirstPiece[start] = SentenceParses.Parsed(spans: pieces.map(\.span), tree: tree) }
        var wordAt: [Int: Int] = [:]
        for position in first..<tokens.count { wordAt[tokens[position].span.start] = position }
        let pieceWord: [Int?] = pieces.map { wordAt[$0.span.start] }
        for (piece, word) in pieceWord.enumerated() {
            guard let word else { continue }
            tokens[word].pos = tags[piece]
            tokens[word].relation = tree.relations[piece]
            let head = tree.heads[piece]
            tokens[word].head = head == 0 ? nil : pieceWord[head - 1]
        }
    }

    /// Analyses the body blocks of `article`, reading its words from the text `model`. Relative dates
    /// are resolved against the article's own date; an undated article's stay open until
    /// `resolvingDates(against:)` gives them its story's.
    public static func analyse(_ article: Article, breaker: TextBreaker, settings: LanguageSettings = LanguageSettings(),
                               grammar: GrammarModel? = nil) -> LanguageAnalysis {
        analyse(article, model: TextModel(article.text, breaker: breaker), breaker: breaker, settings: settings, grammar: grammar)
    }

    /// With a grammar model, every word also gets its part of speech and its head in the sentence's
    /// dependency tree, and names, roles and numbers use them.
    public static func analyse(_ article: Article, model: TextModel, breaker: TextBreaker,
                               settings: LanguageSettings = LanguageSettings(), grammar: GrammarModel? = nil) -> LanguageAnalysis {
        var parses = SentenceParses()
        return analyse(article, model: model, breaker: breaker, settings: settings, grammar: grammar, keeping: &parses)
    }

    /// The same, keeping each sentence's parse in `parses` for a later stage that parses the same pieces.
    static func analyse(_ article: Article, model: TextModel, breaker: TextBreaker, settings: LanguageSettings,
                        grammar: GrammarModel?, keeping parses: inout SentenceParses) -> LanguageAnalysis {
        let text = article.text
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        for (paragraph, block) in article.bodyBlocks.enumerated() {
            let tags = StrayMarkup.tags(in: text, within: block.span, maxLength: settings.maxStrayTagLength)
            for span in SentenceSplitter.split(text, block: block.span, breaker: breaker) {
                let first = tokens.count
                for word in words(of: model, in: span, breaker: breaker) where !tags.contains(where: { $0.overlaps(word) }) {
                    let written = text.slice(word)
                    let norm = WordNormal.norm(written)
                    tokens.append(Token(span: word, text: written, norm: norm, stem: Stemmer.stem(norm), sentence: sentences.count))
                }
                if let grammar { parse(&tokens, from: first, sentence: span, model: model, grammar: grammar, parses: &parses) }
                sentences.append(Sentence(span: span, paragraph: paragraph, tokens: first..<tokens.count))
            }
        }
        let lowerCaseWords = Set(tokens.filter { !$0.isCapitalised }.map(\.norm))
        let reference = article.published
        let (dates, dateTokens) = DateFinder.find(text: text, tokens: tokens, sentences: sentences, reference: reference?.dayOnly, settings: settings)
        let numbers = NumberFinder.find(text: text, tokens: tokens, sentences: sentences, skip: dateTokens, settings: settings)
        let names = NameFinder.find(text: text, tokens: tokens, sentences: sentences, lowerCaseWords: lowerCaseWords,
                                    gazetteer: grammar?.gazetteer, settings: settings)
        return LanguageAnalysis(sentences: sentences, tokens: tokens, names: names, dates: dates, numbers: numbers,
                                referenceDate: reference, referenceIsOwn: article.published != nil)
    }
}

/// Each sentence's dependency parse over its pieces, as the language stage made it: the attribution
/// tagger parses its own sentences, and where one has exactly the same pieces the same grammar gives
/// the same tree, so it is taken from here instead of being parsed a second time.
struct SentenceParses {
    struct Parsed {
        var spans: [Span]
        var tree: DependencyParser.Tree
    }
    /// Keyed by the start of the sentence's first piece.
    var byFirstPiece: [Int: Parsed] = [:]
}
