/// Dated events in order: each fact whose sentences carry a date, at that date's precision,
/// with the outlets that date it so.
public enum Timeline {
    public static func entries(_ articles: [AnalysedArticle], facts: [StoryFact]) -> [TimelineEntry] {
        var entries: [TimelineEntry] = []
        for fact in facts {
            // Resolved date → the members that give it.
            var byDate: [PartialDate: [(article: Int, sentence: Int, mention: DateMention)]] = [:]
            for (article, sentence) in fact.members {
                let quotes = articles[article].attribution.quotes.map(\.span)
                for mention in articles[article].language.dates where mention.sentence == sentence {
                    guard let date = mention.date, !quotes.contains(where: { $0.contains(mention.span) }) else { continue }
                    if byDate[date]?.contains(where: { $0.article == article }) == true { continue }
                    byDate[date, default: []].append((article, sentence, mention))
                }
            }
            for (date, members) in byDate {
                let first = members[0]
                let analysed = articles[first.article]
                let sentenceSpan = analysed.language.sentences[first.sentence].span
                let ownDate = members.allSatisfy { articles[$0.article].language.referenceIsOwn || !$0.mention.isRelative }
                entries.append(TimelineEntry(
                    date: date.iso, precision: date.precision, text: analysed.text.slice(sentenceSpan),
                    basis: ownDate ? .publication : .story,
                    support: members.map { SpanRef(article: articles[$0.article].id, span: articles[$0.article].language.sentences[$0.sentence].span) },
                    dateSpans: members.map { TextRef(article: articles[$0.article].id, text: $0.mention.text, span: $0.mention.span, value: date.iso) }))
            }
        }
        return merged(entries).sorted { ($0.date, -$0.support.count, $0.text) < ($1.date, -$1.support.count, $1.text) }
    }

    /// One entry per date and precision: what each outlet dates to that day, together, so that "on
    /// Sunday" in one article and "on Dec. 31" in another count as two outlets on one day. The entry
    /// reads as its best-supported sentence; every article's own sentence stays cited.
    static func merged(_ entries: [TimelineEntry]) -> [TimelineEntry] {
        var order: [String] = []
        var byKey: [String: [TimelineEntry]] = [:]
        for entry in entries {
            let key = "\(entry.date)|\(entry.precision)"
            if byKey[key] == nil { order.append(key) }
            byKey[key, default: []].append(entry)
        }
        return order.map { key in
            let group = byKey[key]!.sorted { ($0.support.count, $1.text) > ($1.support.count, $0.text) }
            var merged = group[0]
            var articles = Set(merged.support.map(\.article))
            for other in group.dropFirst() {
                for (support, dateSpan) in zip(other.support, other.dateSpans) where articles.insert(support.article).inserted {
                    merged.support.append(support)
                    merged.dateSpans.append(dateSpan)
                }
                if other.basis == .story { merged.basis = .story }
            }
            return merged
        }
    }
}
