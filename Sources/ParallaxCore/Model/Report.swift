/// The report: what `report.json` holds and what `report.html` is rendered from.
/// Field names are a contract other tools rely on; add fields, never rename these.
public struct Report: Codable, Sendable {
    public var version: String
    public var generator: String
    public var stories: [StoryReport]
    /// Every story belongs to one coverage; a one-story coverage is the story itself.
    public var coverages: [CoverageReport] = []
    public var errors: [String]

    public static let formatVersion = "1.0"
}

/// A place in an article: `span` is `[start, end)` in Unicode scalars into that article's `text`.
public struct SpanRef: Codable, Sendable, Hashable {
    public var article: String
    public var span: Span
}

/// A piece of an article's text and where it is.
public struct TextRef: Codable, Sendable, Hashable {
    public var article: String
    public var text: String
    public var span: Span
    /// What the text means once normalised, where that differs from the text ("Friday" → "2024-11-08").
    public var value: String?

    public init(article: String, text: String, span: Span, value: String? = nil) {
        self.article = article
        self.text = text
        self.span = span
        self.value = value
    }
}

public struct StoryReport: Codable, Sendable {
    public var id: String
    public var title: String
    /// The day relative dates in undated articles were resolved against.
    public var anchorDate: String?
    public var articles: [ArticleRecord]
    /// Articles that are not independent of each other, and why.
    public var sourceGroups: [SourceGroup]
    public var quotes: [QuoteGroup]
    public var entities: [EntityRecord]
    public var facts: [FactRecord]
    public var conflicts: [ConflictRecord]
    public var omissions: [OmissionRecord]
    public var framing: [FramingRecord]
    public var credits: [CreditRecord]
    public var timeline: [TimelineEntry]
    public var digest: [DigestSentence]
}

public struct ArticleRecord: Codable, Sendable {
    public var id: String
    public var outlet: String
    public var url: String?
    public var published: String?
    public var title: String?
    public var text: String
    public var source: String
    public var authors: [String]
    /// The body's paragraphs, and the furniture that was set aside with its reason.
    public var blocks: [BlockRecord]
    /// Why the article is in this story, when the stories stage grouped it.
    public var membership: MembershipRecord?
    /// Why the page's date is not trusted to resolve the article's "Sunday" or "last month", when it is not.
    public var pageDateNote: String? = nil

    enum CodingKeys: String, CodingKey { case id, outlet, url, published, title, text, source, authors, blocks, membership, pageDateNote }

    // Every contract key is written, `null` when unknown, so readers need not test for absence.
    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(url, forKey: .url)
        try container.encode(published, forKey: .published)
        try container.encode(title, forKey: .title)
        try container.encode(text, forKey: .text)
        try container.encode(source, forKey: .source)
        try container.encode(authors, forKey: .authors)
        try container.encode(blocks, forKey: .blocks)
        try container.encode(membership, forKey: .membership)
        try container.encode(pageDateNote, forKey: .pageDateNote)
    }
}

/// How an article came into its story: it opened it, or it joined with this similarity because it
/// shares these names, quotes, numbers and words (spans into its title or text).
public struct MembershipRecord: Codable, Sendable {
    public var opened: Bool
    public var similarity: Double
    public var dayGap: Int?
    public var evidence: [StoryEvidence]

    public init(opened: Bool, similarity: Double, dayGap: Int?, evidence: [StoryEvidence]) {
        self.opened = opened
        self.similarity = similarity
        self.dayGap = dayGap
        self.evidence = evidence
    }
}

public struct BlockRecord: Codable, Sendable {
    public var role: BlockRole
    public var span: Span
}

public struct SourceGroup: Codable, Sendable {
    public var articles: [String]
    public var reasons: [String]
}

public struct QuoteGroup: Codable, Sendable {
    /// Stable for the same input: made from the variants' articles and spans.
    public var id: String = ""
    public var speaker: String
    public var variants: [QuoteVariant]
    /// Distinct outlets carrying it.
    public var outlets: Int
    /// Why its versions are one statement: the weakest rule that joined them.
    public var rule: String = ""
}

public struct QuoteVariant: Codable, Sendable {
    public var article: String
    public var text: String
    public var span: Span
    /// How the speaker is named where the quote is attributed ("he", "Peskov").
    public var attributedAs: String?
    public var attributedSpan: Span?
    /// Word-level difference against the group's first variant.
    public var diff: [DiffPiece]
    /// Where this variant's wording departs from the first variant's (words it has that the first lacks).
    public var changedSpans: [Span]
    /// direct (quoted), or mixed or indirect (reported speech).
    public var kind: SpeechKind = .direct
}

public struct DiffPiece: Codable, Sendable, Hashable {
    public enum Op: String, Codable, Sendable { case same, added, missing }
    public var op: Op
    public var text: String
}

public struct EntityRecord: Codable, Sendable {
    /// Stable for the same input: made from the name and where it is written.
    public var id: String = ""
    public var name: String
    public var kind: EntityKind
    /// One entry per article and spelling: the first place it is written that way.
    public var variants: [TextRef]
    public var spellings: [String]
    public var mentions: Int
    /// The roles the articles give it (from titles, appositions, copulas), one per article and wording.
    public var roles: [TextRef] = []
}

public struct FactRecord: Codable, Sendable {
    /// Stable for the same input: made from the sentences that state it.
    public var id: String = ""
    public var text: String
    public var independentOutlets: Int
    public var support: [SpanRef]
}

/// What a conflict is about.
public enum ConflictKind: String, Codable, Sendable {
    case spelling, role, duration, number, date
}

public struct ConflictRecord: Codable, Sendable {
    /// Stable for the same input: made from the slot and the values set against each other.
    public var id: String = ""
    public var slot: String
    public var kind: ConflictKind
    public var values: [TextRef]
    /// Why the values are set against each other.
    public var rule: String = ""
}

public struct OmissionRecord: Codable, Sendable {
    public var article: String
    public var missing: [Int]
    public var only: [Int]
}

public struct FramingRecord: Codable, Sendable {
    public var article: String
    public var terms: [FramingTerm]
}

public struct FramingTerm: Codable, Sendable {
    public var text: String
    public var span: Span
    public var score: Double
    public var count: Int
}

public struct CreditRecord: Codable, Sendable {
    public var article: String
    public var credited: String
    public var span: Span
    public var creditedSpan: Span
    /// Articles in this story from the credited outlet.
    public var creditedArticles: [String]
}

/// What a timeline date was resolved against.
public enum DateBasis: String, Codable, Sendable {
    /// The article's own publication date (or the date is written out in full).
    case publication
    /// The story's latest date, for an article that has none of its own.
    case story
}

public struct TimelineEntry: Codable, Sendable {
    public var date: String
    public var precision: PartialDate.Precision
    public var text: String
    /// `publication` when resolved against the article's own date, `story` when against the story's.
    public var basis: DateBasis
    public var support: [SpanRef]
    /// Where the date itself is written, per article.
    public var dateSpans: [TextRef]
}

public struct DigestSentence: Codable, Sendable {
    public var text: String
    public var citations: [SpanRef]
    public var independentOutlets: Int
}
