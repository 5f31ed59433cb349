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

    /// Articles of any number of stories: the stories stage groups them, and each story is analysed
    /// on its own, its articles carrying why they are in it. Biggest stories first.
    public static func clusteredReport(_ articles: [RawArticle], errors: [InputError] = [], attributionModel: AttributionModel? = nil,
                                       settings: StorySettings = .standard, progress: (Int) -> Void = { _ in }) -> Report {
        let extracted = articles.map(Extract.article(from:))
        let (features, assignments) = StoryBatch.cluster(extracted, settings: settings)
        var members: [String: [Int]] = [:]
        var order: [String] = []
        for index in StoryBatch.publicationOrder(features) {
            let story = assignments[index].story
            if members[story] == nil { order.append(story) }
            members[story, default: []].append(index)
        }
        order = order.enumerated().sorted { members[$0.element]!.count != members[$1.element]!.count
            ? members[$0.element]!.count > members[$1.element]!.count : $0.offset < $1.offset }.map(\.element)
        let breaker = TextBreaker()
        var done = 0
        var reports: [StoryReport] = []
        for story in order {
            let indices = members[story]!
            var report = analyse(id: story, indices.map { extracted[$0] }, breaker: breaker, attributionModel: attributionModel)
            let byID = Dictionary(indices.map { (extracted[$0].id, $0) }, uniquingKeysWith: { first, _ in first })
            for position in report.articles.indices {
                if let index = byID[report.articles[position].id] { report.articles[position].membership = MembershipRecord(assignments[index]) }
            }
            reports.append(report)
            done += indices.count
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
        OutletNaming.preferWrittenNames(&analysed)
        return StoryComparer.compare(id: id, articles: analysed, anchorDate: anchor)
    }
}
