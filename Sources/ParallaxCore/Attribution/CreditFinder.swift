/// Finds credits to other outlets and agencies: "according to X", "as reported by X",
/// "told X", "X reported", "X contributed to this report", "Read Full Article at X".
enum CreditFinder {
    static func find(_ article: Article, language: LanguageAnalysis, mentionAt: [Int: NameMention], resolver: SpeakerResolver,
                     settings: AttributionSettings) -> [Credit] {
        let text = article.text
        let tokens = language.tokens
        var credits: [Credit] = []
        func creditable(_ mention: NameMention) -> Bool {
            mention.kind == .organisation || (mention.kind == .other && NameFinder.isAcronym(mention.text))
        }
        for sentence in language.sentences {
            let range = sentence.tokens
            for index in range {
                for opener in AttributionCues.creditOpeners where index + opener.count <= range.upperBound
                    && zip(opener, tokens[index..<(index + opener.count)]).allSatisfy({ $0 == $1.norm }) {
                    let after = index + opener.count
                    // "told" credits only the outlet told directly: "told The Kyiv Independent", not "told reporters".
                    let gap = opener == ["told"] ? settings.maxToldGap : settings.maxCreditGap
                    for next in after..<min(range.upperBound, after + gap) {
                        // "as reported by Politico": after a reporting cue any name but a person's is a source.
                        let reportingCue = opener.contains("reported") || opener.contains("according") || opener.contains("published")
                        if let mention = mentionAt[next], creditable(mention) || (reportingCue && mention.kind == .other && !resolver.isPerson(mention)) {
                            let span = Span(tokens[index].span.start, mention.span.end)
                            credits.append(Credit(span: span, credited: mention.text, creditedSpan: mention.span))
                            break
                        }
                    }
                }
                if let mention = mentionAt[index], creditable(mention) {
                    let next = mention.firstToken + mention.tokenCount
                    // "Guardian reported", but not "the Kremlin said": that is a source speaking, not a credit.
                    if next < range.upperBound, AttributionCues.creditVerbsAfter.contains(tokens[next].norm),
                       !["said", "wrote"].contains(tokens[next].norm) || isOutletLike(mention.text) {
                        credits.append(Credit(span: Span(mention.span.start, tokens[next].span.end), credited: mention.text, creditedSpan: mention.span))
                    }
                }
            }
        }
        credits += furnitureCredits(article, settings: settings)
        var seen = Set<Span>()
        return credits.filter { seen.insert($0.creditedSpan).inserted }
    }

    /// Furniture lines: "Reuters contributed to this report.", "Read Full Article at RT.com."
    static func furnitureCredits(_ article: Article, settings: AttributionSettings) -> [Credit] {
        let text = article.text
        var credits: [Credit] = []
        for block in article.blocks where block.role == .credit || block.role == .promo {
            let line = text.slice(block.span)
            let lower = line.lowercased()
            var nameRange: Range<String.Index>?
            if let cue = BoilerplateCues.credit.compactMap({ lower.range(of: $0) }).first {
                nameRange = line.startIndex..<cue.lowerBound
            } else if let cue = BoilerplateCues.inlinePromo.compactMap({ lower.range(of: $0) }).first {
                nameRange = cue.upperBound..<line.endIndex
            }
            guard let nameRange else { continue }
            var name = String(line[nameRange])
            let leading = name.prefix(while: { $0 == " " }).count
            name = name.trimmingSpaces
            while name.hasSuffix(".") { name.removeLast() }
            guard !name.isEmpty, name.split(separator: " ").count <= settings.maxCreditNameWords else { continue }
            let start = block.span.start + line[line.startIndex..<nameRange.lowerBound].unicodeScalars.count + leading
            let creditedSpan = Span(start, start + name.unicodeScalars.count)
            credits.append(Credit(span: block.span, credited: name, creditedSpan: creditedSpan))
        }
        return credits
    }

    /// Names that are outlets by their words (Times, Post, News …), not just any organisation.
    static func isOutletLike(_ name: String) -> Bool {
        let words = Set(name.lowercased().split(separator: " ").map(String.init))
        return !words.isDisjoint(with: ["times", "post", "news", "journal", "guardian", "reuters", "politico", "independent", "telegraph", "tribune", "herald", "press"])
    }
}
