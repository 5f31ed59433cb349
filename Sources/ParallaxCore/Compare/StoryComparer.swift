/// The compare stage: the analysed articles of one story in, every section of its report out.
public enum StoryComparer {
    public static func compare(id: String, articles: [AnalysedArticle], anchorDate: PartialDate?,
                               settings: CompareSettings = CompareSettings()) -> StoryReport {
        let entities = EntityIndex.build(articles, settings: settings.entities)
        let independence = SourceIndependence.build(articles, settings: settings.independence)
        let quoteGroups = QuoteGrouper.group(articles, entities: entities, settings: settings)
        var facts = FactGrouper.group(articles, entities: entities, settings: settings.facts)
        func independent(_ fact: StoryFact) -> Int { independence.independentCount(fact.members.map(\.article)) }
        facts = facts.enumerated().sorted { a, b in
            (independent(a.element), a.element.members.count, -a.offset) > (independent(b.element), b.element.members.count, -b.offset)
        }.map(\.element)
        let factRecords = facts.map { fact in
            let representative = fact.members[fact.representative]
            let analysed = articles[representative.article]
            let span = analysed.language.sentences[representative.sentence].span
            let support = ([representative] + fact.members.filter { $0.article != representative.article })
                .map { SpanRef(article: articles[$0.article].id, span: articles[$0.article].language.sentences[$0.sentence].span) }
            return FactRecord(text: analysed.text.slice(span), independentOutlets: independent(fact), support: support)
        }

        var report = StoryReport(
            id: id, title: title(articles, facts: facts, untitledLength: settings.untitledTitleLength), anchorDate: anchorDate?.iso,
            articles: articles.map(record),
            sourceGroups: independence.groups,
            quotes: quoteGroups.map { quoteRecord($0, articles: articles) },
            entities: entityRecords(entities, articles: articles),
            facts: factRecords,
            conflicts: ConflictFinder.find(articles, entities: entities, facts: facts, settings: settings.conflicts),
            omissions: omissions(articles, facts: facts, settings: settings),
            framing: Framing.terms(articles, settings: settings.framing),
            credits: articles.flatMap { analysed in
                analysed.attribution.credits.map { credit in
                    CreditRecord(article: analysed.id, credited: credit.credited, span: credit.span, creditedSpan: credit.creditedSpan,
                                 creditedArticles: SourceIndependence.creditedArticles(credit.credited, in: articles, settings: settings.independence)
                                    .filter { articles[$0].id != analysed.id }.map { articles[$0].id })
                }
            },
            timeline: Timeline.entries(articles, facts: facts),
            digest: Digest.sentences(articles, facts: facts, records: factRecords, entities: entities, independence: independence,
                                     settings: settings))
        assignIDs(&report)
        return report
    }

    /// Content ids for the items a page or an API links to.
    static func assignIDs(_ report: inout StoryReport) {
        let quoteIDs = ContentIDs.ids(prefix: "q", report.quotes.map { ContentIDs.parts($0.variants.map { SpanRef(article: $0.article, span: $0.span) }) })
        let entityIDs = ContentIDs.ids(prefix: "e", report.entities.map { [$0.name] + ContentIDs.parts($0.variants) })
        let factIDs = ContentIDs.ids(prefix: "f", report.facts.map { ContentIDs.parts($0.support) })
        let conflictIDs = ContentIDs.ids(prefix: "c", report.conflicts.map { [$0.slot] + ContentIDs.parts($0.values) })
        for index in report.quotes.indices { report.quotes[index].id = quoteIDs[index] }
        for index in report.entities.indices { report.entities[index].id = entityIDs[index] }
        for index in report.facts.indices { report.facts[index].id = factIDs[index] }
        for index in report.conflicts.indices { report.conflicts[index].id = conflictIDs[index] }
    }

    static func record(_ analysed: AnalysedArticle) -> ArticleRecord {
        let article = analysed.article
        return ArticleRecord(id: article.id, outlet: analysed.outlet, url: article.url, published: article.published?.iso,
                             title: article.title, text: article.text.string, source: article.source, authors: article.authors,
                             blocks: article.blocks.map { BlockRecord(role: $0.role, span: $0.span) }, pageDateNote: analysed.pageDateNote)
    }

    /// The headline of the article that carries the most corroborated facts.
    static func title(_ articles: [AnalysedArticle], facts: [StoryFact], untitledLength: Int) -> String {
        var weight = [Int](repeating: 0, count: articles.count)
        for fact in facts where fact.members.count > 1 { for member in fact.members { weight[member.article] += fact.members.count } }
        let titled = articles.indices.filter { articles[$0].article.title != nil }
        guard let best = titled.max(by: { (weight[$0], -$0) < (weight[$1], -$1) }) else {
            return articles.first.map { String($0.text.string.prefix(untitledLength)) } ?? "Untitled story"
        }
        return articles[best].article.title!
    }

    static func quoteRecord(_ group: StoryQuoteGroup, articles: [AnalysedArticle]) -> QuoteGroup {
        func tokens(_ member: (article: Int, quote: Int, span: Span)) -> [Token] {
            articles[member.article].language.tokens.filter { member.span.contains($0.span) }
        }
        let reference = tokens(group.members[0])
        let variants = group.members.enumerated().map { position, member in
            let quote = articles[member.article].attribution.statements[member.quote]
            let diff = position == 0 ? ([], []) : TextSimilarity.wordDiffWithChanges(reference: reference, variant: tokens(member))
            return QuoteVariant(article: articles[member.article].id, text: articles[member.article].text.slice(member.span), span: member.span,
                                attributedAs: quote.sourceText, attributedSpan: quote.sourceSpan, diff: diff.0, changedSpans: diff.1,
                                kind: quote.kind)
        }
        return QuoteGroup(speaker: group.speaker, variants: variants, outlets: Set(group.members.map { articles[$0.article].outlet }).count,
                          rule: group.rule)
    }

    /// Names that more than one article uses, or that are written more than one way ("Michael E.
    /// Horowitz" … "Mr. Horowitz" in one article).
    static func entityRecords(_ index: EntityIndex, articles: [AnalysedArticle]) -> [EntityRecord] {
        index.entities.filter { entity in
            entity.articleCount > 1 || entity.spellings.count > 1
                || Set(entity.mentions.map { articles[$0.article].text.slice($0.mention.titled ?? $0.mention.span) }).count > 1
        }
            .sorted { ($0.articleCount, $0.mentions.count, $0.name) > ($1.articleCount, $1.mentions.count, $1.name) }
            .map { entity in
                var seen = Set<String>()
                // Each form as written, a title or honorific straight before it included ("Mr. Paddock").
                let variants = entity.mentions.compactMap { article, mention -> TextRef? in
                    let span = mention.titled ?? mention.span
                    let text = mention.titled.map { articles[article].text.slice($0) } ?? mention.text
                    guard seen.insert("\(article)|\(text)").inserted else { return nil }
                    return TextRef(article: articles[article].id, text: text, span: span)
                }
                // Each role as each article first words it ("Kremlin spokesman", "the Kremlin's spokesperson").
                var seenRoles = Set<String>()
                let roles = entity.mentions.compactMap { article, mention -> TextRef? in
                    guard let span = mention.role, let text = mention.roleText,
                          seenRoles.insert("\(article)|\(WordNormal.norm(text))").inserted else { return nil }
                    return TextRef(article: articles[article].id, text: text, span: span)
                }
                return EntityRecord(name: entity.name, kind: entity.kind, variants: variants, spellings: entity.spellings,
                                    mentions: entity.mentions.count, roles: roles)
            }
    }

    static func omissions(_ articles: [AnalysedArticle], facts: [StoryFact], settings: CompareSettings) -> [OmissionRecord] {
        articles.indices.map { index in
            let others = articles.count - 1
            var missing: [Int] = []
            var only: [Int] = []
            for (factIndex, fact) in facts.enumerated() {
                let carriers = Set(fact.members.map(\.article))
                if carriers == [index] { only.append(factIndex) }
                if !carriers.contains(index), carriers.count >= settings.omissionMinCarriers, Double(carriers.count) > settings.omissionShare * Double(others) {
                    missing.append(factIndex)
                }
            }
            return OmissionRecord(article: articles[index].id, missing: missing, only: only)
        }
    }
}
