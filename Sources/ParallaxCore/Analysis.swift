/// The whole pipeline, pure: raw articles in, the report out. The shells (CLI, server) do the I/O.
public enum Analysis {
    /// One story's worth of raw articles, as the caller grouped them.
    public struct StoryInput: Sendable {
        public var id: String
        public var articles: [RawArticle]
        public init(id: String, articles: [RawArticle]) {
            self.id = id
            self.articles = articles
        }
    }

    /// With an attribution model, reported speech is compared beside direct quotes.
    public static func report(_ stories: [StoryInput], errors: [InputError] = [], attributionModel: AttributionModel? = nil,
                              progress: (Int) -> Void = { _ in }) -> Report {
        let breaker = TextBreaker()
        var done = 0
        var reports: [StoryReport] = []
        for story in stories {
            let extracted = story.articles.map(Extract.article(from:))
            reports.append(analyse(id: story.id, extracted, breaker: breaker, attributionModel: attributionModel))
            done += story.articles.count
            progress(done)
        }
        return Report(version: Report.formatVersion, generator: "parallax", stories: reports, errors: errors.map(\.description))
    }

    public static func analyse(id: String, _ extracted: [Article], breaker: TextBreaker, attributionModel: AttributionModel? = nil) -> StoryReport {
        // Undated articles resolve "Thursday" against the story's latest dated article: coverage
        // follows events, so the latest date puts last week's weekdays where they belong.
        let anchor = extracted.compactMap { $0.published?.dayOnly }.filter { $0.precision == .day }.max()
        var analysed: [AnalysedArticle] = []
        for (index, article) in extracted.enumerated() {
            let language = Language.analyse(article, fallbackDate: anchor, breaker: breaker)
            let attribution = AttributionFinder.analyse(article, language: language, tagger: attributionModel)
            analysed.append(AnalysedArticle(article: article, language: language, attribution: attribution,
                                            outlet: article.outlet ?? "Unnamed outlet \(index + 1)"))
        }
        OutletNames.preferWrittenNames(&analysed)
        return StoryComparer.compare(id: id, articles: analysed, anchorDate: anchor)
    }
}
