/// One attribution as PolNeAR defines it: what was said (possibly in fragments), the cue that
/// marks it, and the local mention of who said it, all as scalar spans of the article's text.
public struct TaggedAttribution: Sendable, Equatable {
    public typealias Kind = SpeechKind
    public var content: [Span]
    public var source: Span?
    public var cue: Span?
    public var kind: Kind = .indirect
    /// The named person or organisation the source refers to ("he" → "Kurt Volker"), when the text
    /// says so, and the mention where the article names it that way.
    public var speakerName: String?
    public var speaker: Span?

    public init(content: [Span], source: Span?, cue: Span?) {
        self.content = content
        self.source = source
        self.cue = cue
    }
}

/// Reads brat standoff annotations (PolNeAR's `.ann`): `T` lines give labelled spans, `E` lines
/// tie a cue, a source and one or more contents into an attribution.
public enum BratAnnotations {
    public static func attributions(_ ann: String) -> [TaggedAttribution] {
        var spans: [String: [Span]] = [:]
        var events: [[(role: String, id: String)]] = []
        for line in ann.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2 else { continue }
            if fields[0].hasPrefix("T") {
                // "Label start end;start end"
                let body = fields[1]
                guard let space = body.firstIndex(of: " ") else { continue }
                let fragments = body[body.index(after: space)...].split(separator: ";").compactMap { part -> Span? in
                    let numbers = part.split(separator: " ").compactMap { Int($0) }
                    return numbers.count == 2 ? Span(numbers[0], numbers[1]) : nil
                }
                spans[String(fields[0])] = fragments
            } else if fields[0].hasPrefix("E") {
                events.append(fields[1].split(separator: " ").compactMap { part in
                    let pair = part.split(separator: ":")
                    return pair.count == 2 ? (String(pair[0]), String(pair[1])) : nil
                })
            }
        }
        return events.compactMap { roles in
            let content = roles.filter { $0.role.hasPrefix("Content") }.flatMap { spans[$0.id] ?? [] }.sorted()
            guard !content.isEmpty else { return nil }
            let source = roles.first { $0.role == "Source" }.flatMap { spans[$0.id]?.first }
            let cue = roles.first { $0.role == "Cue" }.flatMap { spans[$0.id]?.first }
            return TaggedAttribution(content: content, source: source, cue: cue)
        }
    }
}
