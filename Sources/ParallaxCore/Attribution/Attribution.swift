/// A quotation and who said it.
public struct Quote: Sendable, Hashable, Codable {
    /// The words inside the quotation marks (without a trailing comma).
    public var span: Span
    public var text: String
    /// The speaker as written where the quote is attributed ("he", "Peskov", "the Kremlin").
    public var sourceSpan: Span?
    public var sourceText: String?
    /// The name the source resolves to in this article ("Vladimir Putin" for "he").
    public var speaker: String?
    public var cueSpan: Span?
    public var sentence: Int
    /// direct (inside quotation marks), or mixed or indirect (reported speech from the tagger).
    public var kind: SpeechKind = .direct
}

/// A credit to another outlet or agency ("as reported by The Moscow Times", "Reuters contributed to this report").
public struct Credit: Sendable, Hashable, Codable {
    /// The whole credit phrase.
    public var span: Span
    /// The credited name as written, and where.
    public var credited: String
    public var creditedSpan: Span
}

/// Who says what in one article.
public struct AttributionAnalysis: Sendable, Codable {
    public var quotes: [Quote]
    public var credits: [Credit]
    /// Speakers of reported speech ("Peskov said Russia would…"): sentence index → resolved speaker.
    public var reportedSpeakers: [Int: String]
    /// Reported and mixed speech the attribution tagger found, outside the quotes above.
    public var reported: [Quote] = []

    /// Direct quotes, then reported speech: what the compare stage groups across outlets.
    public var statements: [Quote] { quotes + reported }
}
