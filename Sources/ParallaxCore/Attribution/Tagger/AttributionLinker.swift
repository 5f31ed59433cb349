/// Turns token labels into attributions and back. Each cue opens an attribution; each content run
/// joins the nearest cue in its sentences (a second run becomes a fragment: `"A," he said. "B."`),
/// or the attribution just before it when its own sentence has no cue; each source run joins the
/// nearest cue of its sentence that has no source yet.
enum AttributionLinker {
    struct Run {
        var role: AttributionTagger.Role
        var first: Int
        var last: Int
    }

    /// How many sentences back a cue-less content run may reach to continue an attribution.
    static let continuationReach: Int32 = 1

    static func runs(_ labels: [AttributionTagger.Label]) -> [Run] {
        var runs: [Run] = []
        for (index, label) in labels.enumerated() {
            guard let role = label.role else { continue }
            if label.isInside, let last = runs.last, last.role == role, last.last == index - 1 {
                runs[runs.count - 1].last = index
            } else {
                runs.append(Run(role: role, first: index, last: index))
            }
        }
        return runs
    }

    static func attributions(tokens: [TaggerToken], labels: [AttributionTagger.Label]) -> [TaggedAttribution] {
        let runs = runs(labels)
        func span(_ run: Run) -> Span { Span(tokens[run.first].span.start, tokens[run.last].span.end) }
        func gap(_ a: Run, _ b: Run) -> Int { a.last < b.first ? b.first - a.last : (b.last < a.first ? a.first - b.last : 0) }
        let cues = runs.filter { $0.role == .cue }
        let sourceRuns = runs.filter { $0.role == .source }
        // Runs come in text order, so the cues (and sources) of a range of sentences are one slice,
        // found by binary search: linking stays linear however many cues a long text has.
        let cueSentences = cues.map { tokens[$0.first].sentence }
        let sourceSentences = sourceRuns.map { tokens[$0.first].sentence }
        func slice(_ sentences: [Int32], _ range: ClosedRange<Int32>) -> Range<Int> {
            lowerBound(sentences, range.lowerBound)..<lowerBound(sentences, range.upperBound + 1)
        }
        var contents: [[Run]] = Array(repeating: [], count: cues.count)
        var sources: [Run?] = Array(repeating: nil, count: cues.count)
        for run in runs where run.role == .content {
            let firstSentence = tokens[run.first].sentence, lastSentence = tokens[run.last].sentence
            let near = slice(cueSentences, firstSentence...lastSentence)
            // One content run on each side of a cue; a third is another attribution the tagger found no cue for.
            if let best = near.min(by: { gap(cues[$0], run) < gap(cues[$1], run) }),
               !contents[best].contains(where: { ($0.first < cues[best].first) == (run.first < cues[best].first) }) {
                contents[best].append(run)
            } else if let previous = lastCue(cues, before: run.first),
                      cueSentences[previous] >= firstSentence - continuationReach, !contents[previous].isEmpty,
                      wordCount(tokens, run) >= 2 {
                // A run of one word beside an attribution is more often tagger noise than a fragment.
                contents[previous].append(run)
            }
            // Content runs no cue could claim are dropped: on PolNeAR dev, keeping them as cue-less
            // attributions cost more precision (0.701 → 0.637) than they added recall.
        }
        for run in sourceRuns {
            let sentence = tokens[run.first].sentence
            let candidates = slice(cueSentences, sentence...sentence)
            let free = candidates.filter { sources[$0] == nil }
            if let best = (free.isEmpty ? Array(candidates) : free).min(by: { gap(cues[$0], run) < gap(cues[$1], run) }), sources[best] == nil {
                sources[best] = run
            }
        }
        // A cue left without a source shares the nearest source of its sentence ("X said …, adding …"),
        // or takes the pronoun or name right beside it that the tagger did not mark.
        for index in cues.indices where sources[index] == nil && !contents[index].isEmpty {
            let sentence = cueSentences[index]
            let candidates = sourceRuns[slice(sourceSentences, sentence...sentence)]
            sources[index] = candidates.min(by: { gap(cues[index], $0) < gap(cues[index], $1) })
                ?? adjacentSource(tokens: tokens, labels: labels, cue: cues[index])
        }
        var result: [TaggedAttribution] = []
        for index in cues.indices where !contents[index].isEmpty {
            var attribution = TaggedAttribution(content: contents[index].map(span), source: sources[index].map(span), cue: span(cues[index]))
            attribution.kind = kind(tokens, contents[index])
            result.append(attribution)
        }
        return result.sorted { $0.content[0] < $1.content[0] }
    }

    static func wordCount(_ tokens: [TaggerToken], _ run: Run) -> Int {
        tokens[run.first...run.last].filter { $0.shape != TaggerTokens.Shape.punctuation.rawValue }.count
    }

    /// First index whose value is at least `value` in a non-decreasing array.
    static func lowerBound(_ values: [Int32], _ value: Int32) -> Int {
        values.partitioningIndex { $0 >= value }
    }

    /// The last cue that starts before a token (runs never overlap, so it also ends before it).
    static func lastCue(_ cues: [Run], before token: Int) -> Int? {
        let after = cues.partitioningIndex { $0.first >= token }
        return after == 0 ? nil : after - 1
    }

    /// Pronouns that can be a source on their own.
    static let sourcePronouns: Set<String> = ["he", "she", "they", "i", "we", "it", "you", "who"]

    /// A pronoun or a run of capitalised words right before the cue, else right after it, outside
    /// any content: "Paul D. Ryan (R-Wis.) said" is read as "Ryan" at least.
    static func adjacentSource(tokens: [TaggerToken], labels: [AttributionTagger.Label], cue: Run) -> Run? {
        func isNameWord(_ index: Int) -> Bool {
            tokens.indices.contains(index) && labels[index].role != .content
                && (tokens[index].shape == TaggerTokens.Shape.capitalised.rawValue || tokens[index].shape == TaggerTokens.Shape.upper.rawValue)
                && tokens[index].sentence == tokens[cue.first].sentence
        }
        func isPronoun(_ index: Int) -> Bool {
            tokens.indices.contains(index) && labels[index].role != .content && sourcePronouns.contains(tokens[index].lower)
                && tokens[index].sentence == tokens[cue.first].sentence
        }
        let before = cue.first - 1
        if isPronoun(before) { return Run(role: .source, first: before, last: before) }
        if isNameWord(before) {
            var first = before
            while isNameWord(first - 1) || (tokens.indices.contains(first - 1) && tokens[first - 1].lower == "." && isNameWord(first - 2)) { first -= 1 }
            return Run(role: .source, first: first, last: before)
        }
        let after = cue.last + 1
        if isPronoun(after) { return Run(role: .source, first: after, last: after) }
        if isNameWord(after) {
            var last = after
            while isNameWord(last + 1) || (tokens.indices.contains(last + 1) && tokens[last + 1].lower == "." && isNameWord(last + 2)) { last += 1 }
            return Run(role: .source, first: after, last: last)
        }
        return nil
    }

    /// The scorer's rule: direct when every word of the content is inside quotation marks, mixed
    /// when some are, indirect when none are.
    static func kind(_ tokens: [TaggerToken], _ runs: [Run]) -> TaggedAttribution.Kind {
        var inside = 0, outside = 0
        for run in runs {
            for token in tokens[run.first...run.last] where !token.isQuoteMark && token.shape != TaggerTokens.Shape.punctuation.rawValue {
                if token.insideQuote { inside += 1 } else { outside += 1 }
            }
        }
        return outside == 0 && inside > 0 ? .direct : (inside > 0 ? .mixed : .indirect)
    }

    /// Gold labels for training: every token a role's span touches, begin at each fragment's first token.
    static func labels(tokens: [TaggerToken], attributions: [TaggedAttribution]) -> [AttributionTagger.Label] {
        var labels = [AttributionTagger.Label](repeating: .outside, count: tokens.count)
        let starts = tokens.map(\.span.start)
        func mark(_ span: Span, begin: AttributionTagger.Label, inside: AttributionTagger.Label) {
            // First token ending after the span's start.
            var index = tokens.partitioningIndex { $0.span.end > span.start }
            var first = true
            while index < tokens.count, starts[index] < span.end {
                labels[index] = first ? begin : inside
                first = false
                index += 1
            }
        }
        for attribution in attributions {
            for fragment in attribution.content { mark(fragment, begin: .beginContent, inside: .insideContent) }
            if let cue = attribution.cue { mark(cue, begin: .beginCue, inside: .insideCue) }
            if let source = attribution.source { mark(source, begin: .beginSource, inside: .insideSource) }
        }
        return labels
    }
}

extension AttributionTagger {
    /// Gold attributions turned into token labels and linked back: what the linker loses by itself.
    public static func linkedGold(text: String, attributions: [TaggedAttribution]) -> [TaggedAttribution] {
        let example = example(text: text, attributions: attributions)
        return AttributionLinker.attributions(tokens: example.tokens, labels: example.labels)
    }

    /// A training example from a text and its gold attributions; with `grammar`, its tokens carry the parse.
    public static func example(text: String, attributions: [TaggedAttribution], grammar: GrammarModel? = nil) -> Example {
        let model = TextModel(ScalarText(text), breaker: TextBreaker())
        var tokens = TaggerTokens.tokens(model)
        if let grammar { TaggerTokens.parse(&tokens, text: model.text, grammar: grammar) }
        return Example(tokens: tokens, labels: AttributionLinker.labels(tokens: tokens, attributions: attributions))
    }
}
