/// The same quoted words, as each outlet carries them.
public struct StoryQuoteGroup: Sendable {
    public var speaker: String
    /// Why its members are one statement (the weakest rule that joined one).
    public var rule: String = ""
    /// (article index, quote index, segment span), one per article; the first is the reference.
    public var members: [(article: Int, quote: Int, span: Span)]
}

/// Why two quote passages are one statement, strongest evidence first.
enum JoinRule: Int, Comparable, CustomStringConvertible {
    case verbatim, sameSpeakerVerbatim, sameSpeakerQuotedRun, sameSpeakerWords

    static func < (a: JoinRule, b: JoinRule) -> Bool { a.rawValue < b.rawValue }

    var description: String {
        switch self {
        case .verbatim: "the same words verbatim (7+ words)"
        case .sameSpeakerVerbatim: "same speaker, the same words verbatim"
        case .sameSpeakerQuotedRun: "same speaker, the same words in quotation marks"
        case .sameSpeakerWords: "same speaker, most words in common"
        }
    }
}

/// Groups quotations of one speaker across articles, sentence by sentence, so that a quote
/// trimmed, extended or translated differently by each outlet lines up with its other versions.
public enum QuoteGrouper {
    /// The speaker of a group whose quotes no one is named for.
    public static let unattributed = "Unattributed"

    public static func group(_ articles: [AnalysedArticle], entities: EntityIndex, settings: CompareSettings = CompareSettings()) -> [StoryQuoteGroup] {
        let quotes = settings.quotes
        struct Segment {
            var article: Int
            var quote: Int
            var span: Span
            var tokens: [Token]
            var speaker: String
            /// `speaker` as a number, compared in the inner loop.
            var speakerID: Int = 0
            var direct: Bool
            /// Runs of words inside quotation marks in a reported statement ("a “lone wolf” attack"), normalised.
            var quoted: Set<String>
            /// Its content stems, and hashes of its runs of `minVerbatimWords` words (with the first run's),
            /// so that most pairs are told apart without comparing word by word.
            var stems: [Int32] = []
            var runs: Set<Int> = []
            var firstRun: Int?
        }
        func runHashes(_ norms: [String], length: Int) -> (all: Set<Int>, first: Int?) {
            guard norms.count >= length else { return ([], nil) }
            var all = Set<Int>()
            for start in 0...(norms.count - length) {
                var hasher = Hasher()
                for word in norms[start..<(start + length)] { hasher.combine(word) }
                all.insert(hasher.finalize())
            }
            var hasher = Hasher()
            for word in norms[0..<length] { hasher.combine(word) }
            return (all, hasher.finalize())
        }
        /// The words between each pair of double quotation marks within `span`, at least `minWords` of them.
        func quotedRuns(_ text: ScalarText, _ span: Span, _ tokens: [Token], minWords: Int) -> Set<String> {
            let marks = (span.start..<span.end).filter { QuoteMarks.isDoubleQuote(text.scalars[$0]) }
            var runs = Set<String>()
            for pair in stride(from: 0, to: marks.count - 1, by: 2) {
                let words = tokens.filter { $0.span.start > marks[pair] && $0.span.end <= marks[pair + 1] }.map(\.norm)
                if words.count >= minWords { runs.insert(words.joined(separator: " ")) }
            }
            return runs
        }
        /// The shorter's words, at least `minWords` with a content word among them, run unbroken in the longer.
        func verbatim(_ a: Int, _ b: Int, minWords: Int) -> Bool {
            // Indices, not copies: a segment's sets would be retained and released on every pair.
            let (short, long) = segments[a].tokens.count <= segments[b].tokens.count ? (a, b) : (b, a)
            // The shorter's first run of words must stand somewhere in the longer.
            guard segments[short].tokens.count >= minWords, let first = segments[short].firstRun,
                  segments[long].runs.contains(first) else { return false }
            return verbatimWords(segments[short].tokens, segments[long].tokens, minWords: minWords)
        }
        func verbatimWords(_ left: [Token], _ right: [Token], minWords: Int) -> Bool {
            let (short, long) = left.count <= right.count ? (left.map(\.norm), right.map(\.norm)) : (right.map(\.norm), left.map(\.norm))
            guard short.count >= minWords, (left.count <= right.count ? left : right).contains(where: \.isContent) else { return false }
            return (0...(long.count - short.count)).contains { start in long[start..<(start + short.count)].elementsEqual(short) }
        }
        // Each content stem as a number, and how many articles use it.
        var stemID: [String: Int32] = [:]
        var articlesUsing: [Int] = []
        for analysed in articles {
            var seen = Set<Int32>()
            for token in analysed.language.tokens where token.isContent {
                let id = stemID[token.stem] ?? {
                    let next = Int32(stemID.count)
                    stemID[token.stem] = next
                    articlesUsing.append(0)
                    return next
                }()
                if seen.insert(id).inserted { articlesUsing[Int(id)] += 1 }
            }
        }
        var speakerID: [String: Int] = [:]
        /// The content stems two sorted lists share.
        func sharedStems(_ a: [Int32], _ b: [Int32]) -> [Int32] {
            var shared: [Int32] = []
            var i = 0, j = 0
            while i < a.count, j < b.count {
                if a[i] == b[j] { shared.append(a[i]); i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
            }
            return shared
        }
        var segments: [Segment] = []
        for (articleIndex, analysed) in articles.enumerated() {
            for (quoteIndex, quote) in analysed.attribution.statements.enumerated() {
                // A place is no speaker ("Costa Rica — Costa Rican investigators said"): who spoke is not known.
                let speaker = quote.speaker.flatMap { name in
                    entities.entity(named: name).map { entities.entities[$0].kind == .place } == true ? nil : entities.canonical(name)
                } ?? unattributed
                for sentence in analysed.language.sentences where sentence.span.overlaps(quote.span) {
                    let span = analysed.text.trimmed(Span(max(sentence.span.start, quote.span.start), min(sentence.span.end, quote.span.end)))
                    let tokens = analysed.language.tokens[sentence.tokens].filter { span.contains($0.span) }
                    if tokens.count >= quotes.minQuoteWords {
                        let quoted = quote.kind == .direct ? [] : quotedRuns(analysed.text, span, tokens, minWords: quotes.minQuotedRunWords)
                        var segment = Segment(article: articleIndex, quote: quoteIndex, span: span, tokens: tokens, speaker: speaker,
                                              direct: quote.kind == .direct, quoted: quoted)
                        segment.stems = Array(Set(tokens.filter(\.isContent).compactMap { stemID[$0.stem] })).sorted()
                        segment.speakerID = speakerID[speaker] ?? {
                            speakerID[speaker] = speakerID.count
                            return speakerID.count - 1
                        }()
                        (segment.runs, segment.firstRun) = runHashes(tokens.map(\.norm), length: quotes.minVerbatimWords)
                        segments.append(segment)
                    }
                }
            }
        }
        // Longest first, so that each group's reference is its fullest version.
        let order = segments.indices.sorted { (segments[$0].tokens.count, -$0) > (segments[$1].tokens.count, -$1) }
        var groups: [[Int]] = []
        // Per group, the articles it holds (an article gives a group one version at most).
        var groupArticles: [Set<Int>] = []
        let unattributedID = speakerID[unattributed]
        // Per group, the rules that joined its members.
        var rules: [Set<JoinRule>] = []
        for index in order {
            let segment = segments[index]
            var best: (group: Int, score: Double, rule: JoinRule)?
            for (groupIndex, group) in groups.enumerated() {
                guard !groupArticles[groupIndex].contains(segment.article) else { continue }
                // The same words verbatim, long enough not to be a stock phrase, are one statement whoever
                // each outlet names for it ("We are in utter shock and disbelief right now" in four articles).
                if group.allSatisfy({ verbatim($0, index, minWords: quotes.minVerbatimWordsAnySpeaker) }) {
                    best = (groupIndex, 1, .verbatim)
                    break
                }
                // Otherwise the same speaker: two passages no one is named for are as often a witness's words
                // and a sign's, or a search term and a lawyer's sentence.
                guard segment.speakerID != unattributedID, segments[group[0]].speakerID == segment.speakerID else { continue }
                if group.allSatisfy({ verbatim($0, index, minWords: quotes.minVerbatimWords) }) {
                    best = (groupIndex, 1, .sameSpeakerVerbatim)
                    break
                }
                // Shared words that say something: reported speech two content words; and one of them not
                // the story's topic (a word most other articles use: "national emergency" in every article
                // on it), unless they share many.
                let reported = !segment.direct || group.contains(where: { !segments[$0].direct })
                guard group.allSatisfy({ member in
                    let shared = sharedStems(segments[member].stems, segment.stems)
                    let others = articles.count - 2
                    if reported && shared.count < quotes.minSharedContentWordsReported { return false }
                    return others <= 0 || shared.count >= quotes.sharedWordsBeyondTopic
                        || shared.contains { Double(articlesUsing[Int($0)] - 2) <= quotes.topicShare * Double(others) }
                }) else { continue }
                var score = group.map { TextSimilarity.containment(segments[$0].tokens, segment.tokens, stopwordWeight: settings.stopwordWeight) }.reduce(0, +) / Double(group.count)
                // The same speaker's own words in quotation marks, verbatim in each: the same quote, however
                // differently each outlet words the rest of the sentence.
                var rule = JoinRule.sameSpeakerWords
                if score < quotes.sameQuoteContainment, !segment.quoted.isEmpty,
                   group.allSatisfy({ !segments[$0].quoted.isDisjoint(with: segment.quoted) }) {
                    score = quotes.sameQuoteContainment
                    rule = .sameSpeakerQuotedRun
                }
                // Reported speech only, on both sides: the tagger's "statement" is as often the reporter's own
                // account of what someone did, so it takes more shared wording to be one statement.
                let allReported = !segment.direct && group.allSatisfy { !segments[$0].direct }
                let needed = allReported && rule == .sameSpeakerWords ? quotes.reportedOnlyContainment : quotes.sameQuoteContainment
                if score >= needed, score > (best?.score ?? 0) { best = (groupIndex, score, rule) }
            }
            if let best {
                groups[best.group].append(index)
                groupArticles[best.group].insert(segment.article)
                rules[best.group].insert(best.rule)
            } else {
                groups.append([index])
                groupArticles.append([segment.article])
                rules.append([])
            }
        }
        return zip(groups, rules).map { group, joined in
            // The speaker most of its outlets name (a verbatim group may hold passages no one is named for).
            var votes: [String: Int] = [:]
            for member in group where segments[member].speaker != unattributed { votes[segments[member].speaker, default: 0] += 1 }
            let speaker = votes.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key ?? unattributed
            return StoryQuoteGroup(speaker: speaker, rule: joined.max()?.description ?? "",
                                   members: group.map { (segments[$0].article, segments[$0].quote, segments[$0].span) })
        }
        .sorted { ($0.members.count, $0.members[0].span.length) > ($1.members.count, $1.members[0].span.length) }
    }
}
