import Dispatch
import Foundation

/// The whole pipeline, pure: raw articles in, the report out. The shells (CLI, server) do the I/O.
/// Each article is analysed on its own (`ArticleAnalysis`); the stories stage groups the analyses,
/// and the compare stage reports each story from its articles' analyses.
public enum Analysis {
    /// How many articles are analysed between two progress calls (a speed setting; results never depend on it).
    public static let articlesPerProgressStep = 32

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
                              grammar: GrammarModel? = nil,
                              settings: Settings = .standard, progress: (Int) -> Void = { _ in }) -> Report {
        var done = 0
        var reports: [StoryReport] = []
        for story in stories {
            let analyses = analyse(story.articles, attributionModel: attributionModel, grammar: grammar, settings: settings) { progress(done + $0) }
            reports.append(storyReport(id: story.id, analyses, settings: settings))
            done += story.articles.count
        }
        return Report(version: Report.formatVersion, generator: "parallax", stories: reports, errors: errors.map(\.description))
    }

    /// Each article analysed on its own, in input order, on `workers` threads (articles are independent, so
    /// the result is the same on any number); `progress` with the count done, from the calling thread.
    public static func analyse(_ articles: [RawArticle], attributionModel: AttributionModel? = nil, grammar: GrammarModel? = nil,
                               settings: Settings = .standard, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                               progress: (Int) -> Void = { _ in }) -> [ArticleAnalysis] {
        let slots = AnalysisSlots(count: articles.count)
        let lanes = max(1, min(workers, articles.count))
        // Batches bound how long progress waits; within one, lane k takes every k-th article, so a long
        // article does not leave the other lanes idle for long.
        let batch = max(lanes, articlesPerProgressStep)
        var start = 0
        while start < articles.count {
            let first = start, end = min(articles.count, start + batch)
            DispatchQueue.concurrentPerform(iterations: lanes) { lane in
                var scratch = ArticleAnalysis.Scratch()
                var index = first + lane
                while index < end {
                    slots.set(index, ArticleAnalysis.analyse(articles[index], settings: settings, tagger: attributionModel,
                                                             grammar: grammar, scratch: &scratch))
                    index += lanes
                }
            }
            progress(end)
            start = end
        }
        return slots.values()
    }

    /// Articles of any number of stories: the stories stage groups them, and each story is analysed
    /// on its own, its articles carrying why they are in it. Biggest coverages first, and within one its biggest stories first.
    public static func clusteredReport(_ articles: [RawArticle], errors: [InputError] = [], attributionModel: AttributionModel? = nil,
                                       grammar: GrammarModel? = nil,
                                       background: BackgroundFrequencies? = nil, settings: Settings = .standard,
                                       progress: (Int) -> Void = { _ in }) -> Report {
        clusteredReport(analyse(articles, attributionModel: attributionModel, grammar: grammar, settings: settings, progress: progress),
                        errors: errors, background: background, settings: settings)
    }

    /// The same from analyses already made (computed here, or stored and read back).
    public static func clusteredReport(_ analyses: [ArticleAnalysis], errors: [InputError] = [], background: BackgroundFrequencies? = nil,
                                       settings: Settings = .standard) -> Report {
        let features = analyses.map(\.story)
        let clustered = StoryBatch.cluster(features, ids: analyses.map(\.id), titles: analyses.map(\.article.title), settings: settings.stories,
                                           background: background)
        let assignments = clustered.assignments
        var members: [String: [Int]] = [:]
        for index in StoryBatch.publicationOrder(features) { members[assignments[index].story, default: []].append(index) }
        // Coverages biggest first, and within one its stories biggest first: the page reads as sections.
        var reports: [StoryReport] = []
        var coverages: [CoverageReport] = []
        for coverage in clustered.coverages {
            var stories: [StoryReport] = []
            for story in coverage.stories {
                let indices = members[story]!
                var report = storyReport(id: story, indices.map { analyses[$0] }, settings: settings)
                for position in report.articles.indices {
                    report.articles[position].membership = MembershipRecord(assignments[indices[position]])
                }
                stories.append(report)
            }
            coverages.append(coverageReport(coverage, stories: stories, analyses: analyses, members: members, settings: settings))
            reports += stories
        }
        var report = Report(version: Report.formatVersion, generator: "parallax", stories: reports, errors: errors.map(\.description))
        report.coverages = coverages
        return report
    }

    /// A coverage's record; with two or more stories, its articles compared together and the quotes and
    /// facts kept that cross from one of its stories to another.
    static func coverageReport(_ coverage: StoryCoverage, stories: [StoryReport], analyses: [ArticleAnalysis],
                               members: [String: [Int]], settings: Settings) -> CoverageReport {
        var record = CoverageReport(id: coverage.id, title: stories[0].title, stories: coverage.stories,
                                    articles: stories.reduce(0) { $0 + $1.articles.count }, links: coverage.links,
                                    sharedQuotes: [], sharedFacts: [])
        guard coverage.stories.count > 1 else { return record }
        var storyOf: [String: String] = [:]
        var indices: [Int] = []
        for story in coverage.stories {
            for index in members[story]! {
                storyOf[analyses[index].id] = story
                indices.append(index)
            }
        }
        indices.sort()
        let together = storyReport(id: coverage.id, indices.map { analyses[$0] }, settings: settings)
        func crosses(_ articles: [String]) -> Bool { Set(articles.compactMap { storyOf[$0] }).count > 1 }
        // Only statements with a speaker: across stories, two unattributed passages are too often two
        // different things said (a witness's words and a sign's) for a fact-checker to be shown as one.
        record.sharedQuotes = together.quotes.filter { $0.speaker != QuoteGrouper.unattributed && crosses($0.variants.map(\.article)) }
        // Corroborated facts only: one outlet repeating itself in two of the stories is not a shared fact.
        record.sharedFacts = together.facts.filter { $0.independentOutlets >= settings.compare.coverageSharedFactOutlets && crosses($0.support.map(\.article)) }
        return record
    }

    /// The compare stage for one story, from its articles' analyses: what depends on the story is
    /// worked out here.
    public static func storyReport(id: String, _ analyses: [ArticleAnalysis], settings: Settings = .standard) -> StoryReport {
        // A page dated well after most of its story's pages carries a crawl or update date, not the day it
        // was written: its "Sunday" and "last month" would land weeks late, so they are left unresolved.
        let dated = analyses.compactMap { $0.article.published?.dayOnly }.filter { $0.precision == .day }
        let days = dated.compactMap(\.dayNumber).sorted()
        let typicalDay = days.count >= settings.compare.minDatedForPageDateCheck ? days[days.count / 2] : nil
        // Undated articles resolve "Thursday" against the story's latest dated article (coverage follows
        // events, so the latest date puts last week's weekdays where they belong), a late-stamped page aside.
        let anchor = dated.filter { date in
            typicalDay.map { typical in (date.dayNumber ?? typical) - typical <= settings.compare.maxPageDateLead } ?? true
        }.max()
        var articles = analyses.enumerated().map { index, analysis in
            var language = analysis.language
            var note: String?
            if analysis.article.published == nil, let anchor { language = language.resolvingDates(against: anchor) }
            if let typicalDay, let published = analysis.article.published?.dayOnly, published.precision == .day,
               let day = published.dayNumber, day - typicalDay > settings.compare.maxPageDateLead {
                language = language.droppingRelativeDates()
                note = "dated \(published.iso), \(day - typicalDay) days after most of this story's articles: "
                    + "its relative dates (\u{201C}Sunday\u{201D}, \u{201C}last month\u{201D}) are not resolved against that date"
            }
            return AnalysedArticle(article: analysis.article, language: language, attribution: analysis.attribution,
                                   outlet: analysis.article.outlet ?? "Unnamed outlet \(index + 1)", pageDateNote: note)
        }
        OutletNaming.preferWrittenNames(&articles)
        return StoryComparer.compare(id: id, articles: articles, anchorDate: anchor, settings: settings.compare)
    }
}

/// Where the worker threads put their articles' analyses: each slot is written by one thread, once,
/// and read only after all have finished.
final class AnalysisSlots: @unchecked Sendable {
    private var slots: [ArticleAnalysis?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: ArticleAnalysis) { lock.withLock { slots[index] = value } }
    func values() -> [ArticleAnalysis] { lock.withLock { slots.map { $0! } } }
}
