/// The attribution stage's tunables (the tagger's own are part of its model).
public struct AttributionSettings: Sendable, Codable {
    /// How far, in words, a credit opener ("according to") may stand from the name it credits…
    public var maxCreditGap = 8
    /// …and "told" from the outlet it credits: "told The Kyiv Independent", not "told reporters … CNN".
    public var maxToldGap = 2
    /// Words a furniture credit line may name ("Reuters contributed to this report").
    public var maxCreditNameWords = 6
    /// How far back, in words, a speaker may stand from its speech verb.
    public var maxSubjectGap = 10
    /// Words after a verb where its source may stand: after a quote ("…," said Dmitry Peskov) and
    /// in reported speech ("said the Kremlin's spokesman").
    public var sourceAfterQuoteVerb = 5
    public var sourceAfterVerb = 4
    /// Words after a closing quotation mark within which its speech verb is looked for.
    public var verbWindow = 7
    /// Words a role nominal may have before its noun ("the Russian president").
    public var nominalWords = 3
    /// A pronoun means whoever was just quoted within this many sentences before it, and, failing a
    /// subject in the sentence before, whoever was quoted within `lingeringSpeakerSentences`.
    public var recentSpeakerSentences = 1
    public var lingeringSpeakerSentences = 3
    /// Quotes shorter than this are scare quotes or fragments: they do not make their speaker the one
    /// a later "he" means.
    public var minSalientQuoteWords = 3
    /// Reported speech that is more than this share quotation is left to the direct quotes.
    public var maxReportedQuotedShare = 0.5

    public init() {}
}
