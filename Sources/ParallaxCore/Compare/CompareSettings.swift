/// The compare stage's tunables, one group per section of the report.
public struct CompareSettings: Sendable, Codable {
    public var facts = FactSettings()
    public var quotes = QuoteSettings()
    public var digest = DigestSettings()
    public var framing = FramingSettings()
    public var conflicts = ConflictSettings()
    public var entities = EntitySettings()
    public var independence = IndependenceSettings()
    /// An outlet "leaves out" a fact when more than this share of the other articles carry it (and at least two do).
    public var omissionShare = 0.5
    public var omissionMinCarriers = 2
    /// A story none of whose articles has a headline is titled by this many characters of its first text.
    public var untitledTitleLength = 80
    /// Weight of a function word beside a content word when wording is compared (quotes, digest redundancy).
    public var stopwordWeight = 0.3
    /// A page dated more than this many days after the middle of its story's dated pages has a date not
    /// to be trusted for its relative dates (checked from this many dated pages on).
    public var maxPageDateLead = 10
    public var minDatedForPageDateCheck = 3
    /// A coverage shows a fact across its stories when this many independent outlets state it.
    public var coverageSharedFactOutlets = 2

    public init() {}
}

/// When sentences of different articles state the same fact.
public struct FactSettings: Sendable, Codable {
    /// Cosine similarity (squared-IDF weights) at which two sentences state the same fact.
    public var sameFactSimilarity = 0.2
    /// Sentences shorter than this, in words, are not facts on their own.
    public var minFactWords = 5
    /// Share of `sameFactSimilarity` that two groups must reach on average to merge.
    public var averageLinkShare = 0.75
    /// Terms two sentences must share to be compared at all: one shared word is a coincidence.
    public var minSharedTerms = 2
    /// Each sentence of a fact must be this alike (cosine) to the sentence that speaks for it; the
    /// average link alone lets a sentence in that only resembles another member.
    public var minMemberSimilarity = 0.3

    public init() {}
}

/// When quotations of one speaker in different articles are the same statement.
public struct QuoteSettings: Sendable, Codable {
    /// Weighted word containment at which two quote sentences are the same statement.
    public var sameQuoteContainment = 0.5
    /// The same for two passages of reported speech with no direct quote among them.
    public var reportedOnlyContainment = 0.6
    /// Quote sentences with fewer words are fragments, not grouped.
    public var minQuoteWords = 3
    /// Reported speech words its own way: beside containment, it must share this many content words
    /// with a statement to be the same one (function words alone made "It's not ruled out" match anything).
    public var minSharedContentWordsReported = 2
    /// Two reported statements of one speaker that quote the same run of at least this many words are one quote.
    public var minQuotedRunWords = 2
    /// A word more than this share of the story's other articles use is its topic, not what a statement says.
    public var topicShare = 0.5
    /// Passages that share this many content words need no word beyond the topic.
    public var sharedWordsBeyondTopic = 3
    /// One speaker's passage that another outlet carries word for word, at least this many words, is the same quote.
    public var minVerbatimWords = 4
    /// A passage carried word for word by another outlet, at least this many words, is one quote whoever is
    /// named for it (or no one): stock phrases are shorter.
    public var minVerbatimWordsAnySpeaker = 7

    public init() {}
}

/// Which sentences make the digest.
public struct DigestSettings: Sendable, Codable {
    public var maxSentences = 10
    /// Below this many sentences, facts from a single outlet may fill the digest.
    public var minSentences = 5
    /// Word overlap above which a candidate says what a chosen sentence already says.
    public var maxRedundancy = 0.5
    /// Sentences longer than this, in words, read badly in a summary.
    public var maxWords = 60
    /// A sentence more than this share quotation is someone's words, not the story's facts.
    public var maxQuotedShare = 0.6
    /// Past `minSentences`, a line needs at least this many independent outlets.
    public var minOutletsPastMinimum = 2
    /// A citation of a line shares at least this many content words with it, and this share of the
    /// line's content words: the cited sentence must say most of what the line says (a longer one may say
    /// more; a shorter one that shares the line's names and numbers but not what it says of them does not cite it).
    public var minSharedCitationWords = 4
    public var minCitationOverlap = 0.6
    /// And this share of what the line says beyond its names and numbers (its other content words).
    public var minCitationPredicateShare = 0.6

    public init() {}
}

/// Distinctive words per outlet (weighted log-odds with an informative Dirichlet prior).
public struct FramingSettings: Sendable, Codable {
    /// Strength of the prior, in pseudo-words spread over the story's vocabulary.
    public var priorStrength = 50.0
    public var termsPerArticle = 8
    /// Lowest z-score shown.
    public var minScore = 0.5
    /// Shortest word counted, in characters.
    public var minWordLength = 3
    /// A two-word phrase of words already shown stands on its own only from this many uses.
    public var minPhraseUses = 2

    public init() {}
}

/// How conflicts are shown.
public struct ConflictSettings: Sendable, Codable {
    /// A conflict's slot quotes its fact's sentence up to this many characters, cut with "…" beyond.
    public var maxSlotCharacters = 90
    /// "Nearly 70", "about 70" agree with any count within this share of 70.
    public var approximateShare = 0.1
    /// Show an office given in two tenses ("former president" / "president") as a conflict. Off: a
    /// story's history names people by the office they held then ("President Obama's 2014 order"), so a
    /// tense difference is no contradiction on its own; the people panel shows every role given.
    public var tenureConflicts = false
    /// A story's counts of the killed and injured are read from each article's first this many paragraphs.
    public var leadParagraphs = 3

    public init() {}
}

/// When two names are one entity.
public struct EntitySettings: Sendable, Codable {
    /// Spelling variants differ by at most this many edits, and only in words at least `minVariantLength` long.
    public var maxVariantEdits = 1
    public var minVariantLength = 5
    /// Within one article only words this long are merged ("Retuers"/"Reuters"): a writer's two short
    /// names are likelier two people.
    public var sameArticleVariantLength = 7
    /// A mention with a role, or typed an organisation, counts this many votes for its entity's kind (others one).
    public var strongKindVote = 3

    public init() {}
}

/// When two articles are not independent sources.
public struct IndependenceSettings: Sendable, Codable {
    /// Words in a shared run that count as copying (quotes excluded: outlets quote the same speaker verbatim).
    public var copyRunWords = 8
    /// Shared runs needed to call an article a copy: at least this many, and at least `minCopiedShare`
    /// of the shorter article's runs. Stock phrases ("director of Costa Rica's civil aviation agency")
    /// recur between independent reports; a copy shares whole paragraphs.
    public var minCopiedRuns = 5
    public var minCopiedShare = 0.08
    /// A credited name matches an outlet by a key this long ("NBC" ~ "NBC News": one starts the other
    /// from `minOutletPrefix` letters).
    public var minOutletKey = 2
    public var minOutletPrefix = 3

    public init() {}
}
