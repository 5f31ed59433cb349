/// The extract stage's tunables.
public struct ExtractSettings: Sendable, Codable {
    public var html = HTMLSettings()
    public var plainText = PlainTextSettings()
    /// How far into the body, in characters, a dateline credit ("WASHINGTON (Reuters) -") may stand.
    public var datelineCreditReach = 200
    /// How far from the body's end "… contributed to this report" is looked for.
    public var contributorCreditReach = 300

    public init() {}
}

/// How the HTML extractor scores a page's containers (readability's scheme, re-weighed).
public struct HTMLSettings: Sendable, Codable {
    /// Paragraphs shorter than this (in characters) add nothing to a container's score.
    public var minScoringLength = 25
    /// A block more linked than this is navigation, not prose.
    public var maxLinkShare = 0.5
    /// Siblings of the best container join it at this share of its score (readability's 0.2)…
    public var siblingShare = 0.2
    /// …and never below this score: a weak page must not pull in every small neighbour.
    public var minSiblingScore = 10.0
    /// A same-class chunk of the article joins from this score (about one paragraph of prose).
    public var minChunkScore = 2.0
    /// Shortest kept paragraph, in characters, unless it ends like a sentence or is a heading.
    public var minKeptLength = 20
    /// What a container starts from: sections of a page (div, article, main, section) are likely
    /// holders, pre/td/blockquote less so, lists and forms are rarely the article, headings never.
    public var sectionBase = 5.0
    public var blockBase = 3.0
    public var listBase = -3.0
    public var headingBase = -5.0
    /// A paragraph's points: 1, one per comma, one per this many characters up to `maxLengthPoints`.
    public var charactersPerPoint = 100.0
    public var maxLengthPoints = 3.0
    /// Containers up the tree a paragraph scores: its own at full points, the next at `parentShare`,
    /// each further one at the share before divided by `furtherDivisor`.
    public var scoredAncestors = 3
    public var parentShare = 0.5
    public var furtherDivisor = 1.5
    /// How much an article-like or furniture-like class/id scales what a container earned.
    public var articleHintFactor = 1.3
    public var furnitureHintFactor = 0.3

    public init() {}
}

/// How the plain-text extractor tells a scraped page's body from its furniture, line by line.
public struct PlainTextSettings: Sendable, Codable {
    /// Lines shorter than this with no sentence ending are headings or crumbs, not body.
    public var minBodyWords = 6
    /// A line with no sentence ending counts as a headline from this many words, up to `maxTitleWords`.
    public var minTitleWords = 4
    public var maxTitleWords = 30
    public var maxBylineWords = 10
    /// Words an author's name in a byline may have ("James del Carmen for TROIB News").
    public var maxBylineNameWords = 5
    public var maxCaptionWords = 40
    /// A label line ("Original url:") has at most this many words; a bare address line at most `maxURLLineWords`.
    public var maxURLLabelWords = 4
    public var maxURLLineWords = 3
    /// Credit lines ("Reuters contributed to this report") and promo lines are short.
    public var maxCreditWords = 15
    public var maxPromoWords = 20
    /// A date line has at most this many words; a longer one with a full stop is a sentence.
    public var maxDatelineWords = 8
    public var maxDatelineWordsWithStop = 5
    /// Words after a date label ("date", "published") in which the date must be found.
    public var maxLabelledDateWords = 6
    /// A line without a sentence ending after the body has started is a heading at this many words (up to `maxHeadingWords`, not included).
    public var minHeadingWords = 3
    public var maxHeadingWords = 20
    /// An outlet named in an app promo ("Loving Newspoint? …") has at most this many words.
    public var maxPromoOutletWords = 4

    public init() {}
}
