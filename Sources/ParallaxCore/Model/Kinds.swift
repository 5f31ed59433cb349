/// The kinds that stages hand on to the report: typed here, written as their raw strings in report.json.

/// What sort of thing a name names, as far as the text shows.
public enum EntityKind: String, Codable, Sendable {
    case person, organisation, place, other
}

/// How speech is given: in quotation marks (direct), partly quoted (mixed), or reported (indirect).
public enum SpeechKind: String, Sendable, Codable, Hashable {
    case direct, mixed, indirect
}

/// What a story feature is: a word, a name, a number or a run of quoted words.
public enum StoryFeatureKind: String, Sendable, Codable {
    case term, name, number, quote
}

/// Where a story feature was first seen: in the title (offsets into the title) or the text.
public enum StoryFeatureField: String, Sendable, Codable {
    case title, text
}

/// Why an article is in its story: one feature it shares with the story, where the article has it,
/// and how much it added to the similarity.
public struct StoryEvidence: Sendable, Codable, Hashable {
    public var kind: StoryFeatureKind
    public var text: String
    public var field: StoryFeatureField
    public var span: Span
    public var weight: Float
}

/// Where an article's publication date was read: the input's own field, the page's JSON-LD, a
/// `<meta>` tag, a `<time>` element, a date line of the text, or the address.
public enum DateSource: String, Codable, Sendable {
    case input, jsonLD = "json-ld", meta, time, dateline, url
}
