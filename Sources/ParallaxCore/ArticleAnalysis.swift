/// Everything about one article that does not depend on any other article: its extracted text and
/// metadata, blocks, words, sentences, names, dates (resolved against its own date only), numbers,
/// quotes and reported speech, credits, and its stories features. Computed once, it can be cached,
/// stored and shipped between processes; what depends on the story (a date borrowed from the story,
/// how outlets are named, merged entities, facts) is computed by the compare stage from these.
public struct ArticleAnalysis: Sendable, Codable {
    public var article: Article
    public var language: LanguageAnalysis
    public var attribution: AttributionAnalysis
    public var story: StoryFeatures

    public var id: String { article.id }

    public init(article: Article, language: LanguageAnalysis, attribution: AttributionAnalysis, story: StoryFeatures) {
        self.article = article
        self.language = language
        self.attribution = attribution
        self.story = story
    }

    enum CodingKeys: String, CodingKey { case article, language, attribution, story }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        article = try container.decode(Article.self, forKey: .article)
        language = try container.decode(LanguageAnalysis.self, forKey: .language)
        attribution = try container.decode(AttributionAnalysis.self, forKey: .attribution)
        story = try container.decode(StoryFeatures.self, forKey: .story)
        story.attach(article)
    }
}

extension ArticleAnalysis {
    /// What a batch reuses from one article to the next: the ICU breakers and the stories stage's
    /// word cache. Results never depend on it, only speed does.
    public struct Scratch {
        let breaker: TextBreaker
        var words: StoryWordCache

        public init() {
            breaker = TextBreaker()
            words = StoryWordCache()
        }
    }

    /// One raw article through every stage that needs only the article itself.
    public static func analyse(_ raw: RawArticle, settings: Settings = .standard, tagger: AttributionModel? = nil,
                               grammar: GrammarModel? = nil) -> ArticleAnalysis {
        var scratch = Scratch()
        return analyse(raw, settings: settings, tagger: tagger, grammar: grammar, scratch: &scratch)
    }

    public static func analyse(_ raw: RawArticle, settings: Settings = .standard, tagger: AttributionModel? = nil,
                               grammar: GrammarModel? = nil, scratch: inout Scratch) -> ArticleAnalysis {
        let article = Extract.article(from: raw, settings: settings.extract)
        // Read once: every stage below takes its words, quotations and pieces from this model.
        let model = TextModel(article.text, breaker: scratch.breaker)
        var parses = SentenceParses()
        let language = Language.analyse(article, model: model, breaker: scratch.breaker, settings: settings.language, grammar: grammar,
                                        keeping: &parses)
        // The language stage's parses stand in for the tagger's own only when both read the same grammar.
        let sameGrammar = grammar != nil && tagger?.grammar.map { $0.isSameModel(as: grammar!) } == true
        let attribution = AttributionFinder.analyse(article, model: model, language: language, tagger: tagger,
                                                    parses: sameGrammar ? parses : SentenceParses(), settings: settings.attribution)
        let story = StoryFeatureExtractor.features(of: article, model: model, settings: settings.stories, words: &scratch.words,
                                                   breaker: scratch.breaker)
        return ArticleAnalysis(article: article, language: language, attribution: attribution, story: story)
    }
}
