/// Every weight and threshold of the stories stage, as data. One set serves every kind of input
/// (titles only, full text, dated or not): tuned once over the four dev sets, never per set.
public struct StorySettings: Sendable, Codable {
    /// How much a word counts by where it stands: the headline names the story, the lead tells it.
    public var titleWeight: Float = 4
    public var leadWeight: Float = 2
    public var bodyWeight: Float = 1
    /// Words of the body that make its lead.
    public var leadWords = 60
    /// Extra weight of a name (a word written with a capital inside a sentence) over a plain word.
    public var nameBoost: Float = 3
    /// Weight of a shared quoted passage (a run of four quoted words) and of a number.
    public var quoteBoost: Float = 1.5
    public var numberBoost: Float = 0.7
    /// Features an article keeps (its heaviest), and features a story keeps in its centroid:
    /// bounded so memory and time per article stay flat however long a story runs.
    public var articleFeatures = 120
    public var storyFeatures = 240
    /// Features a story is found by in the inverted index.
    public var indexedFeatures = 60
    /// A word in more than this share of the articles seen is too common to find stories by.
    public var commonShare: Float = 0.5
    /// …once this many articles are known: in a small batch every article may name the story's people.
    public var commonShareAfter = 100
    /// An article joins the best story whose time-weighted similarity reaches this; else it opens one.
    /// (0.14 before the background prior; with it words weigh more, and 0.15 keeps the precision.)
    public var joinThreshold: Float = 0.15
    /// Features an article must share with a story to join it: one shared word is a coincidence.
    public var minimumShared = 2
    /// The join threshold when the article or the story has no date. Undated collections (reference
    /// lists, archives) group by subject: with no time to separate two events, a looser bar finds
    /// the subject's articles (on the WikiRef220 dev set it still merged no two subjects).
    public var undatedJoinThreshold: Float = 0.05
    /// Two stories of at least `mergeMinimumMembers` whose centroids reach this cosine (time-weighted)
    /// become one; 1 or more turns merging off.
    public var mergeThreshold: Float = 0.22
    public var mergeMinimumMembers = 2
    public var mergeProbeFeatures = 10
    /// An article may also join by its headline: the headline cosine times this stands in for the
    /// full cosine when higher (0: off). Dev sets: flat from 0.65 to 0.75; 0.7 sits in the middle.
    public var headlineFactor: Float = 0.7
    /// Days apart that cost nothing; beyond, similarity halves every `halfLifeDays`.
    public var graceDays = 2
    public var halfLifeDays: Float = 15
    /// A story with no new member for this many days of the stream's clock leaves the active window.
    public var activeDays = 365
    /// With a background table of English word frequencies, it counts as this many documents before
    /// the input's own (a folder of 12 articles is weighed as English at large sees it; a stream of
    /// thousands by its own counts), and a document is taken to run this many words. 200–300 are alike
    /// on the dev sets and their halves; 100 loses one-story folders, 1000 merges stories in big files.
    public var backgroundDocuments: Float = 300
    public var backgroundDocumentWords: Float = 500
    /// Stories whose centroids reach this cosine on average (average link) and are at most this many
    /// days apart belong to one coverage (one larger subject)… Over weeks a recurring cast (a
    /// congress, a campaign) shares rare names and vocabulary: two-story folders of BASIL politics
    /// link wrongly at 0.2–0.28 and rightly (the wall fight) at 0.45–0.52, so the bar is 0.3.
    public var coverageThreshold: Float = 0.3
    public var coverageDays = 60
    /// …or this cosine when they are at most this many days apart: angles of one event on the same
    /// days (the gunman's profile beside the shooting) share less of their words, and fewer stories
    /// of another subject share their rare names.
    public var coverageSameDaysThreshold: Float = 0.17
    public var coverageSameDays = 2
    /// …when they share this many names that at most this share of documents names (English at large
    /// and the input together, as the background prior counts them): rare names are a subject's own.
    public var coverageSharedNames = 2
    public var coverageNameShare: Float = 0.02
    /// A rare name held by more stories than this links none of them.
    public var coverageMaxStoriesPerName = 50
    /// Shared names shown as a coverage link's evidence (the rarest).
    public var coverageEvidenceNames = 6
    /// Shared features listed as an article's evidence.
    public var evidenceCount = 8
    /// Quoted words per shingle: long enough that a shared one is the same quote, not a phrase;
    /// and the most shingles an article gives.
    public var quoteShingle = 4
    public var maxQuoteShingles = 30
    /// Names shorter than this are never merged as spelling variants: short names differ by one letter too often.
    public var shortestMergedName = 5
    /// Below this many function-word hits the language guess is "en": headlines are too short to tell.
    public var minimumLanguageHits = 3
    /// Most stories kept active when articles carry no dates (the clock then never moves).
    public var maxActiveStories = 200_000
    /// …and the share of them, least recently joined first, that leaves when there are more.
    public var closedShareWhenFull: Float = 0.1

    public init() {}
    public static let standard = StorySettings()
}
