/// Finds credits to other outlets and agencies: "according to X", "as reported by X",
/// "told X", "X reported", "X contributed to this report", "Read Full Article at X".
enum CreditFinder {
    static func find(_ article: Article, language: LanguageAnalysis, mentionAt: [Int: NameMention], resolver: SpeakerResolver,
                     settings: AttributionSettings) -> [Credit] {
        let text = article.text
        let tokens = language.tokens
        var credits: [Credit] = []
        func creditable(_ mention: NameMention) -> Bool {
            mention.kind == .organisation || (mention.kind == .other && NameFinder.isAcronym(mention.text)) || isOutlet(mention)
        }
        /// Known by name, or called an outlet by a word beside it ("the newspaper Chosun Ilbo", "the Yonhap news agency").
        func isOutlet(_ mention: NameMention) -> Bool {
            if NewsOutlets.isKnown(mention.text) { return true }
            guard mention.firstToken >= 0 else { return false }
            let before = mention.firstToken - 1
            let after = mention.firstToken + mention.tokenCount
            // Only a word of the same sentence: "…, according to the Nice Matin newspaper. • Hollande said" calls
            // Nice Matin a newspaper, not Hollande.
            func inSentence(_ index: Int) -> Bool { index >= 0 && index < tokens.count && tokens[index].sentence == tokens[mention.firstToken].sentence }
            return (inSentence(before) && NewsOutlets.descriptors.contains(tokens[before].norm) && tokens[before].norm != "news")
                || (inSentence(after) && ["newspaper", "agency", "broadcaster", "tabloid"].contains(tokens[after].norm))
                || (inSentence(after + 1) && tokens[after].norm == "news" && tokens[after + 1].norm == "agency")
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
                        // A credit is to news: "according to the Congressional Research Service" or "told the
                        // White House" name a source, not an outlet, unless its name or a word beside it says outlet.
                        if let mention = mentionAt[next], isOutlet(mention) || isOutletLike(mention.text)
                            || (reportingCue && mention.kind == .other && !resolver.isPerson(mention) && !NameFinder.isAcronym(mention.text)) {
                            let span = Span(tokens[index].span.start, mention.span.end)
                            credits.append(Credit(span: span, credited: mention.text, creditedSpan: mention.span))
                            break
                        }
                    }
                }
                // "…, reported The Associated Press": the outlet after the verb, known as one.
                if ["reported", "reports"].contains(tokens[index].norm) {
                    for next in (index + 1)..<min(range.upperBound, index + 1 + settings.maxToldGap) {
                        if let mention = mentionAt[next], isOutlet(mention) {
                            credits.append(Credit(span: Span(tokens[index].span.start, mention.span.end), credited: mention.text, creditedSpan: mention.span))
                            break
                        }
                    }
                }
                if let mention = mentionAt[index], creditable(mention) {
                    let next = mention.firstToken + mention.tokenCount
                    // "Guardian reported", "the South Korean newspaper Chosun Ilbo said": an outlet speaking is
                    // credited; "the Kremlin said" is a source speaking, not a credit.
                    if next < range.upperBound, AttributionCues.creditVerbsAfter.contains(tokens[next].norm),
                       !AttributionCues.speakingVerbs.contains(tokens[next].norm) || isOutletLike(mention.text) || isOutlet(mention) {
                        credits.append(Credit(span: Span(mention.span.start, tokens[next].span.end), credited: mention.text, creditedSpan: mention.span))
                    }
                }
            }
        }
        credits += furnitureCredits(article, settings: settings)
        credits += pictureAndWireCredits(text)
        var seen = Set<Span>()
        let own = ownNames(article)
        // An outlet naming itself ("(CNN)" in CNN's own dateline) credits no one.
        return credits.filter { seen.insert($0.creditedSpan).inserted && !own.contains(NewsOutlets.key($0.credited).replacingOccurrences(of: " ", with: "")) }
    }

    /// The article's own outlet as a credit would write it: "cnn" for cnn.com, "dailymail" for dailymail.co.uk.
    static func ownNames(_ article: Article) -> Set<String> {
        var names = Set<String>()
        for source in [article.outlet, article.url].compactMap({ $0?.lowercased() }) {
            var host = source
            if let scheme = host.range(of: "://") { host = String(host[scheme.upperBound...]) }
            host = String(host.prefix { $0 != "/" })
            if host.hasPrefix("www.") { host.removeFirst(4) }
            // Every label of the host: "edition.cnn.com" is CNN's.
            for label in host.split(separator: ".") where label.count >= 2 { names.insert(String(label)) }
            names.insert(host.replacingOccurrences(of: " ", with: ""))
        }
        return names
    }

    /// Agencies credited in captions, bylines and source lines: "Steve Parsons/PA", "(Reuters)",
    /// "Image copyright EPA", "Yonhap via AP", "SAN JOSE, Dec 31 (Reuters) -", a line "AP - AFP".
    /// Only names known as outlets, written capitalised, in one of these frames.
    static func pictureAndWireCredits(_ text: ScalarText) -> [Credit] {
        let scalars = text.scalars
        var credits: [Credit] = []
        func lower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            (65...90).contains(scalar.value) ? Unicode.Scalar(scalar.value + 32)! : scalar
        }
        func isWordScalar(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index].properties.isAlphabetic || scalars[index].properties.numericType != nil)
        }
        for name in NewsOutlets.captionNames {
            let pattern = Array(name.unicodeScalars)
            guard let first = pattern.first, scalars.count >= pattern.count else { continue }
            var index = 0
            while index + pattern.count <= scalars.count {
                defer { index += 1 }
                guard lower(scalars[index]) == first, scalars[index].properties.isUppercase, !isWordScalar(index - 1),
                      !isWordScalar(index + pattern.count) else { continue }
                var matches = true
                for offset in 1..<pattern.count where lower(scalars[index + offset]) != pattern[offset] { matches = false; break }
                guard matches else { continue }
                let end = index + pattern.count
                let before = index > 0 ? scalars[index - 1] : "\n"
                let after = end < scalars.count ? scalars[end] : "\n"
                let lead = text.slice(Span(max(0, index - 16), index)).lowercased()
                let framed = before == "/" || (before == "(" && (after == ")" || after == "/" || after == ","))
                    || lead.hasSuffix(" via ") || lead.hasSuffix("copyright ") || lead.hasSuffix("credit: ") || lead.hasSuffix("photo: ")
                    || lead.hasSuffix("image: ") || isSourceLine(text, index, end)
                if framed { credits.append(Credit(span: Span(index, end), credited: text.slice(Span(index, end)), creditedSpan: Span(index, end))) }
            }
        }
        return credits
    }

    /// A line of nothing but agency names between " - ", " • ", "/" or ",": "Reuters - Ap - Afp".
    static func isSourceLine(_ text: ScalarText, _ start: Int, _ end: Int) -> Bool {
        let scalars = text.scalars
        var lineStart = start
        while lineStart > 0, scalars[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = end
        while lineEnd < scalars.count, scalars[lineEnd] != "\n" { lineEnd += 1 }
        guard lineEnd - lineStart <= 80 else { return false }
        let separators: Set<Character> = ["-", "•", "/", ",", "|", "–"]
        let parts = text.slice(Span(lineStart, lineEnd)).split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return parts.count >= 2 && parts.allSatisfy { NewsOutlets.captionNames.contains($0.lowercased()) }
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
        return !words.isDisjoint(with: ["times", "post", "news", "journal", "guardian", "reuters", "politico", "independent", "telegraph", "tribune",
                                         "herald", "press", "advertiser", "gazette", "chronicle", "courier", "inquirer", "examiner", "dispatch",
                                         "observer", "mirror", "express", "standard", "magazine", "radio", "tv", "television"])
            || (words.count >= 2 && words.contains("today"))
    }
}
