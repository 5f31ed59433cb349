/// The language stage's view of one article: sentences, words, names, dates and numbers of its body.
public struct LanguageAnalysis: Sendable {
    public var sentences: [Sentence]
    public var tokens: [Token]
    public var names: [NameMention]
    public var dates: [DateMention]
    public var numbers: [NumberMention]
    /// The date relative expressions were resolved against, and whether it is the article's own.
    public var referenceDate: PartialDate?
    public var referenceIsOwn: Bool

    public func tokens(of sentence: Sentence) -> ArraySlice<Token> { tokens[sentence.tokens] }
}

public enum Language {
    /// Analyses the body blocks of `article`. `fallbackDate` (the story's date) resolves relative
    /// dates when the article has none of its own.
    public static func analyse(_ article: Article, fallbackDate: PartialDate? = nil, breaker: TextBreaker) -> LanguageAnalysis {
        let text = article.text
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        for (paragraph, block) in article.bodyBlocks.enumerated() {
            let tags = StrayMarkup.tags(in: text, within: block.span)
            for span in SentenceSplitter.split(text, block: block.span, breaker: breaker) {
                let first = tokens.count
                for segment in breaker.words(in: text, within: span) where !tags.contains(where: { $0.overlaps(segment.span) }) {
                    let word = text.slice(segment.span)
                    let norm = WordNormal.norm(word)
                    tokens.append(Token(span: segment.span, text: word, norm: norm, stem: Stemmer.stem(norm), sentence: sentences.count))
                }
                sentences.append(Sentence(span: span, paragraph: paragraph, tokens: first..<tokens.count))
            }
        }
        let lowerCaseWords = Set(tokens.filter { !$0.isCapitalised }.map(\.norm))
        let reference = article.published ?? fallbackDate
        let (dates, dateTokens) = DateFinder.find(text: text, tokens: tokens, sentences: sentences, reference: reference?.dayOnly)
        let numbers = NumberFinder.find(text: text, tokens: tokens, sentences: sentences, skip: dateTokens)
        let names = NameFinder.find(text: text, tokens: tokens, sentences: sentences, lowerCaseWords: lowerCaseWords)
        return LanguageAnalysis(sentences: sentences, tokens: tokens, names: names, dates: dates, numbers: numbers,
                                referenceDate: reference, referenceIsOwn: article.published != nil)
    }
}
