/// A coverage in the report: stories of one larger subject shown together (Full Coverage), with
/// what links them and what their articles share across the stories.
public struct CoverageReport: Codable, Sendable {
    /// The id of its biggest story.
    public var id: String
    /// Its biggest story's title.
    public var title: String
    /// Its stories' ids, as they come in `Report.stories` (biggest first).
    public var stories: [String]
    public var articles: Int
    /// The story pairs that joined it and the rare names both name (`StoryCoverageLink`).
    public var links: [StoryCoverageLink]
    /// Statements quoted, and facts stated, in articles of two or more of its stories: compared over
    /// all its articles, kept only where they cross a story boundary (what a story's own page lacks).
    public var sharedQuotes: [QuoteGroup]
    public var sharedFacts: [FactRecord]
}
