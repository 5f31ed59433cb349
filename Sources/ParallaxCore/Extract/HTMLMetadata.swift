import CLibXML2
import Foundation

/// Title, date, authors, outlet and address from a page's `<meta>`, `<title>`, `<link>` and JSON-LD.
struct HTMLMetadata {
    var title: String?
    var outlet: String?
    var url: String?
    var published: PartialDate?
    /// The source of the chosen date, then any that added precision to it.
    var publishedSources: [DateSource] = []
    var language: String?
    var authors: [String] = []
    var jsonLDAuthors: [String] = []

    /// Sources of a publication date, most trusted first.
    static let dateSourceRank: [DateSource] = [.jsonLD, .meta, .time, .url]

    /// Dates from other sources that disagree on the day with the one chosen.
    var dateConflicts: [(date: PartialDate, source: DateSource)] = []
    private var offered: [(date: PartialDate, source: DateSource)] = []

    mutating func offerDate(_ date: PartialDate?, source: DateSource) {
        guard let date else { return }
        offered.append((date, source))
        let rank = Self.dateSourceRank.firstIndex(of: source) ?? Self.dateSourceRank.count
        let current = publishedSources.first.flatMap { Self.dateSourceRank.firstIndex(of: $0) } ?? Int.max
        if rank < current {
            published = date
            publishedSources = [source]
        }
    }

    /// After all sources are read: a less trusted source that agrees with the chosen date and says
    /// more (a time where JSON-LD gave only the day) adds its precision; one that disagrees on the
    /// day is reported as a conflict. Nothing is invented: precision only comes from a source.
    mutating func settleDate() {
        guard let chosen = published else { return }
        for (date, source) in offered where [source] != publishedSources {
            // Compared at the precision both have: "2018-10" from an address agrees with 2018-10-06.
            let agrees = date.year == chosen.year && (chosen.month == nil || date.month == nil || date.month == chosen.month)
                && (chosen.day == nil || date.day == nil || date.day == chosen.day)
            if agrees, date.precision > published!.precision, source != .url {
                published = date
                publishedSources.append(source)
            } else if !agrees, !dateConflicts.contains(where: { $0.date == date }) {
                dateConflicts.append((date, source))
            }
        }
    }

    static let dateMetaNames = ["article:published_time", "datepublished", "pubdate", "publishdate", "date", "dc.date", "og:published_time", "sailthru.date"]

    static func read(_ tree: PageTree) -> HTMLMetadata {
        var result = HTMLMetadata()
        var titleTag: String?
        var firstH1: String?
        var sawTime = false
        for node in tree.metadataElements {
            switch tree.name(node) {
            case "meta":
                let key = (tree.attribute(node, "property") ?? tree.attribute(node, "name")
                    ?? tree.attribute(node, "itemprop") ?? "").lowercased()
                guard let content = tree.attribute(node, "content").map(TextTrim.trimmed), !content.isEmpty else { continue }
                switch key {
                case "og:title", "twitter:title": result.title = result.title ?? content
                case "og:site_name", "application-name": result.outlet = result.outlet ?? content
                case "og:url": result.url = result.url ?? content
                case "author", "article:author", "sailthru.author":
                    if !content.hasPrefix("http") { result.authors.append(content) }
                default:
                    if dateMetaNames.contains(key) {
                        result.offerDate(PartialDate.parseISO(content) ?? DateText.parse(content), source: .meta)
                    }
                }
            case "title":
                titleTag = titleTag ?? TextTrim.trimmed(tree.string(of: node))
            case "h1":
                firstH1 = firstH1 ?? TextTrim.trimmed(tree.string(of: node))
            case "link":
                if tree.attribute(node, "rel")?.lowercased() == "canonical" {
                    result.url = result.url ?? tree.attribute(node, "href")
                }
            case "script":
                guard tree.attribute(node, "type")?.lowercased() == "application/ld+json" else { continue }
                let json = tree.string(of: node)
                // Parsed once for both the date and the authors.
                guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) else { continue }
                result.offerDate(jsonLDDate(object), source: .jsonLD)
                if result.jsonLDAuthors.isEmpty { result.jsonLDAuthors = jsonLDAuthors(object) }
            case "time":
                // Only the first <time>: later ones date related stories and comments.
                if !sawTime, let value = tree.attribute(node, "datetime") {
                    sawTime = true
                    result.offerDate(PartialDate.parseISO(value), source: .time)
                }
            case "html":
                result.language = tree.attribute(node, "lang").map { String($0.prefix(2)).lowercased() }
            default:
                continue
            }
        }
        result.title = result.title ?? firstH1 ?? titleTag
        // The article's own structured data names its authors most reliably.
        if !result.jsonLDAuthors.isEmpty { result.authors = result.jsonLDAuthors }
        if let url = result.url { result.offerDate(URLDate.date(in: url), source: .url) }
        result.settleDate()
        if result.outlet == nil, let url = result.url { result.outlet = OutletNames.domain(of: url) }
        return result
    }

    /// `author` names of the first object that has them: a string, `{"name"}`, or a list of either.
    static func jsonLDAuthors(_ object: Any) -> [String] {
        var stack: [Any] = [object]
        while let item = stack.popLast() {
            if let dictionary = item as? [String: Any] {
                if let author = dictionary["author"] {
                    let list = (author as? [Any]) ?? [author]
                    let names = list.compactMap { entry -> String? in
                        if let name = entry as? String { return name }
                        return (entry as? [String: Any])?["name"] as? String
                    }.map(TextTrim.trimmed).filter { !$0.isEmpty && !$0.hasPrefix("http") }
                    if !names.isEmpty { return names }
                }
                stack.append(contentsOf: dictionary.values)
            } else if let array = item as? [Any] {
                stack.append(contentsOf: array)
            }
        }
        return []
    }

    /// `datePublished` anywhere in a JSON-LD block (objects, arrays, `@graph`).
    static func jsonLDDate(_ object: Any) -> PartialDate? {
        var stack: [Any] = [object]
        while let item = stack.popLast() {
            if let dictionary = item as? [String: Any] {
                if let value = dictionary["datePublished"] as? String, let date = PartialDate.parseISO(value) ?? DateText.parse(value) { return date }
                stack.append(contentsOf: dictionary.values)
            } else if let array = item as? [Any] {
                stack.append(contentsOf: array)
            }
        }
        return nil
    }
}
