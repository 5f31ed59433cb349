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
    /// Analyses the body blocks of `article`. Relative dates are resolved against the article's own
    /// date; an undated article's stay open until `resolvingDates(against:)` gives them its story's.
    public static func analyse(_ article: Article, breaker: TextBreaker) -> LanguageAnalysis {
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
        let reference = article.published
        let (dates, dateTokens) = DateFinder.find(text: text, tokens: tokens, sentences: sentences, reference: reference?.dayOnly)
        let numbers = NumberFinder.find(text: text, tokens: tokens, sentences: sentences, skip: dateTokens)
        let names = NameFinder.find(text: text, tokens: tokens, sentences: sentences, lowerCaseWords: lowerCaseWords)
        return LanguageAnalysis(sentences: sentences, tokens: tokens, names: names, dates: dates, numbers: numbers,
                                referenceDate: reference, referenceIsOwn: article.published != nil)
    }
}
