import Foundation

/// `report.html`: one self-contained page (no scripts, fonts or styles from elsewhere) rendered
/// from the same model as `report.json`.
public enum HTMLRenderer {
    public static func render(_ report: Report) -> String {
        var html = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(report.stories.count == 1 ? report.stories[0].title : "Parallax report")) — Parallax</title>
        <style>\(ReportStyle.css)</style></head><body>
        <header class="top"><span class="brand">PARALLAX</span><span class="sub">how each outlet told the story — every line traced to its source text</span></header>
        <main>
        """
        if !report.errors.isEmpty {
            html += "<div class=\"errors\"><b>\(report.errors.count) input\(report.errors.count == 1 ? "" : "s") could not be read:</b><ul>"
            html += report.errors.map { "<li>\(HTML.escape($0))</li>" }.joined()
            html += "</ul></div>"
        }
        let coverages = report.coverages.isEmpty
            ? report.stories.map { CoverageReport(id: $0.id, title: $0.title, stories: [$0.id], articles: $0.articles.count, links: [],
                                                  sharedQuotes: [], sharedFacts: []) }
            : report.coverages
        let byID = Dictionary(report.stories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        if report.stories.count > 1 { html += storyList(coverages, stories: byID) }
        for coverage in coverages {
            let stories = coverage.stories.compactMap { byID[$0] }
            if stories.count > 1 { html += CoveragePage(coverage: coverage, stories: stories).render() }
            for story in stories { html += StoryPage(story: story).render() }
            if stories.count > 1 { html += "</section>" }
        }
        html += "</main></body></html>\n"
        return html
    }

    /// The stories, a coverage of several as one entry ("Truck attack in Nice: 3 stories, 11 articles") over its own.
    static func storyList(_ coverages: [CoverageReport], stories: [String: StoryReport]) -> String {
        func item(_ story: StoryReport) -> String {
            "<a href=\"#story-\(HTML.anchor(story.id))\">\(HTML.escape(story.title))</a> <span class=\"muted small\">\(story.articles.count) article\(story.articles.count == 1 ? "" : "s")</span>"
        }
        let subjects = coverages.count < stories.count ? " on \(coverages.count) subject\(coverages.count == 1 ? "" : "s")" : ""
        var html = "<nav class=\"storylist\"><b>\(stories.count) stories\(subjects)</b><ol>"
        for coverage in coverages {
            let members = coverage.stories.compactMap { stories[$0] }
            if members.count == 1 {
                html += "<li>\(item(members[0]))</li>"
            } else {
                html += "<li><a href=\"#coverage-\(HTML.anchor(coverage.id))\"><b>\(HTML.escape(coverage.title))</b></a>: \(members.count) stories, \(coverage.articles) articles<ol class=\"substories\">"
                html += members.map { "<li>\(item($0))</li>" }.joined()
                html += "</ol></li>"
            }
        }
        return html + "</ol></nav>"
    }
}

/// The head of a coverage of several stories: why they are one subject, and what their articles share
/// across the stories. Its stories' pages follow inside the same section.
struct CoveragePage {
    let coverage: CoverageReport
    let stories: [StoryReport]

    func render() -> String {
        let outlets = Set(stories.flatMap { $0.articles.map(\.outlet) }).count
        var html = "<section class=\"coverage\" id=\"coverage-\(HTML.anchor(coverage.id))\">"
        html += "<div class=\"muted small\">Coverage · \(stories.count) stories, \(coverage.articles) articles, \(outlets) outlets</div>"
        html += "<h1>\(HTML.escape(coverage.title))</h1>"
        html += "<ol class=\"coverage-stories\">" + stories.map { story in
            "<li><a href=\"#story-\(HTML.anchor(story.id))\">\(HTML.escape(story.title))</a> <span class=\"muted small\">\(story.articles.count) article\(story.articles.count == 1 ? "" : "s")\(story.anchorDate.map { ", around \(HTML.escape($0))" } ?? "")</span></li>"
        }.joined() + "</ol>"
        html += links()
        // The shared items rendered as a story page over all the coverage's articles, each chip linking
        // to the article in its own story.
        var storyOf: [String: String] = [:]
        for story in stories { for article in story.articles { storyOf[article.id] = story.id } }
        let together = StoryReport(id: coverage.id, title: coverage.title, anchorDate: nil, articles: stories.flatMap(\.articles),
                                   sourceGroups: [], quotes: coverage.sharedQuotes, entities: [], facts: coverage.sharedFacts, conflicts: [],
                                   omissions: [], framing: [], credits: [], timeline: [], digest: [])
        let page = StoryPage(story: together, articleStory: storyOf)
        if coverage.sharedQuotes.contains(where: { $0.variants.count > 1 }) { html += page.quotes() }
        html += page.facts()
        if coverage.sharedQuotes.isEmpty && coverage.sharedFacts.isEmpty {
            html += "<p class=\"muted small\">No quote or fact is carried by articles of two of these stories.</p>"
        }
        return html
    }

    /// Each link that joined two groups of stories: the shared rare names, how alike, how far apart.
    func links() -> String {
        let titles = Dictionary(stories.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        var html = "<ul class=\"small coverage-links\">"
        for link in coverage.links {
            let names = link.names.map { name in
                let place = "\(name.field.rawValue) of \(name.article), characters \(name.span.start)–\(name.span.end)"
                return "<span class=\"pill ev ev-name\" title=\"\(HTML.escape(place))\">\(HTML.escape(name.text))</span>"
            }.joined(separator: " ")
            let gap = link.dayGap.map { $0 == 0 ? ", the same days" : ", \($0) day\($0 == 1 ? "" : "s") apart" } ?? ""
            html += "<li>“\(HTML.escape(titles[link.story] ?? link.story))” and “\(HTML.escape(titles[link.other] ?? link.other))”: "
            html += "similarity \(String(format: "%.2f", link.similarity))\(gap); both name \(names)</li>"
        }
        return section("Why these stories are one subject", html + "</ul>")
    }

    func section(_ title: String, _ body: String) -> String { "<h2>\(HTML.escape(title))</h2>" + body }
}

/// One story's section of the page.
struct StoryPage {
    let story: StoryReport
    let scalars: [String: [Unicode.Scalar]]
    let position: [String: Int]
    /// The story page each article's chip links to (its own story, on a coverage's shared items).
    let articleStory: [String: String]

    static let hues = [214, 8, 145, 275, 32, 188, 330, 95, 250, 55, 0, 160]

    init(story: StoryReport, articleStory: [String: String] = [:]) {
        self.story = story
        self.articleStory = articleStory
        var scalars: [String: [Unicode.Scalar]] = [:]
        var position: [String: Int] = [:]
        for (index, article) in story.articles.enumerated() {
            scalars[article.id] = Array(article.text.unicodeScalars)
            position[article.id] = index
        }
        self.scalars = scalars
        self.position = position
    }

    func hue(_ article: String) -> String { "hsl(\(Self.hues[(position[article] ?? 0) % Self.hues.count]),58%,42%)" }
    func outlet(_ article: String) -> String { story.articles[position[article] ?? 0].outlet }

    func chip(_ article: String) -> String {
        "<a class=\"chip\" style=\"--hue:\(hue(article))\" href=\"#\(HTML.anchor((articleStory[article] ?? story.id) + "-" + article))\" title=\"\(HTML.escape(article))\">\(HTML.escape(outlet(article)))</a>"
    }

    func slice(_ article: String, _ span: Span) -> String {
        guard let text = scalars[article] else { return "" }
        let start = max(0, min(span.start, text.count))
        let end = max(start, min(span.end, text.count))
        var view = String.UnicodeScalarView()
        view.append(contentsOf: text[start..<end])
        return String(view)
    }

    func render() -> String {
        let outlets = Set(story.articles.map(\.outlet)).count
        let independent = story.articles.count - story.sourceGroups.reduce(0) { $0 + $1.articles.count - 1 }
        let shared = story.quotes.filter { $0.variants.count > 1 }.count
        var html = "<section id=\"story-\(HTML.anchor(story.id))\">"
        html += "<div class=\"muted small\">Story · \(HTML.escape(story.id))\(story.anchorDate.map { " · dated around \(HTML.escape($0))" } ?? "")</div>"
        html += "<h1>\(HTML.escape(story.title))</h1>"
        html += "<div class=\"stats\">"
        for (value, label) in [(story.articles.count, "articles"), (outlets, "outlets"), (independent, "independent sources"),
                               (shared, "quotes carried by several"), (story.facts.filter { $0.support.count > 1 }.count, "shared facts"),
                               (story.conflicts.count, "conflicts")] {
            html += "<div class=\"stat\"><b>\(value)</b><span>\(label)</span></div>"
        }
        html += "</div>"
        html += outletCards() + digest() + quotes() + conflicts() + facts() + omissions() + framing() + credits() + timeline() + entities() + articleTexts()
        return html + "</section>"
    }

    func section(_ title: String, count: Int? = nil, _ body: String) -> String {
        "<h2>\(HTML.escape(title))\(count.map { " <span class=\"count\">\($0)</span>" } ?? "")</h2>" + body
    }

    func outletCards() -> String {
        var html = "<div class=\"outlets\">"
        for article in story.articles {
            let group = story.sourceGroups.firstIndex { $0.articles.contains(article.id) }
            let words = article.blocks.filter { $0.role == .body }.reduce(0) { $0 + slice(article.id, $1.span).split(separator: " ").count }
            html += "<div class=\"card outlet-card\" id=\"\(HTML.anchor(story.id + "-card-" + article.id))\" style=\"--hue:\(hue(article.id))\">"
            html += "<div class=\"name\">\(HTML.escape(article.outlet))</div>"
            html += "<div class=\"headline\">\(HTML.escape(article.title ?? "(no headline)"))</div>"
            html += "<div class=\"small muted\">\(HTML.escape(article.published ?? "undated")) · \(words) words"
            if !article.authors.isEmpty { html += " · by \(HTML.escape(article.authors.joined(separator: ", ")))" }
            html += "</div>"
            if let note = article.pageDateNote { html += "<div class=\"small\">⚠ Page date not trusted: \(HTML.escape(note))</div>" }
            if let group { html += "<div class=\"small\"><span class=\"pill group-badge\">source group \(group + 1)</span></div>" }
            if let membership = article.membership { html += why(membership) }
            html += "<div class=\"small muted\">\(HTML.escape(article.id))</div></div>"
        }
        return html + "</div>"
    }

    /// Why the stories stage put the article here: the features it shares with the story.
    func why(_ membership: MembershipRecord) -> String {
        if membership.opened { return "<div class=\"small why\">opened this story</div>" }
        var html = "<div class=\"small why\">in this story by similarity \(String(format: "%.2f", membership.similarity))"
        if let gap = membership.dayGap, gap > 0 { html += ", \(gap) day\(gap == 1 ? "" : "s") from the nearest member" }
        html += "; shares "
        html += membership.evidence.map { item in
            let place = "\(item.kind.rawValue) in the \(item.field.rawValue), characters \(item.span.start)–\(item.span.end)"
            return "<span class=\"pill ev ev-\(item.kind.rawValue)\" title=\"\(HTML.escape(place))\">\(HTML.escape(item.text))</span>"
        }.joined(separator: " ")
        return html + "</div>"
    }

    func citations(_ refs: [SpanRef]) -> String {
        refs.map { chip($0.article) }.joined(separator: " ")
    }

    func digest() -> String {
        guard !story.digest.isEmpty else { return "" }
        var html = "<ol class=\"digest\">"
        for sentence in story.digest {
            html += "<li>\(HTML.escape(sentence.text)) <span class=\"cite\">\(citations(sentence.citations))</span></li>"
        }
        return section("Digest", count: story.digest.count, "<p class=\"muted small\">Sentences taken word for word from the articles, the most corroborated first; each chip is an outlet that reports it.</p>" + html + "</ol>")
    }

    func quotes() -> String {
        let shared = story.quotes.filter { $0.variants.count > 1 }
        guard !shared.isEmpty else { return section("Quotes", "<p class=\"muted\">No quote is carried by more than one outlet.</p>") }
        var html = "<p class=\"muted small\">The same words as each outlet prints them. <mark class=\"add\">Highlighted</mark> words differ from the first version; struck words are ones this version leaves out.</p>"
        var bySpeaker: [(String, [QuoteGroup])] = []
        for group in shared {
            if let index = bySpeaker.firstIndex(where: { $0.0 == group.speaker }) { bySpeaker[index].1.append(group) } else { bySpeaker.append((group.speaker, [group])) }
        }
        for (speaker, groups) in bySpeaker {
            html += "<div class=\"card quote-group\"><div class=\"speaker\">\(HTML.escape(speaker)) <span class=\"count muted small\">\(groups.count) statement\(groups.count == 1 ? "" : "s")</span></div>"
            for group in groups {
                html += "<div class=\"variants\" id=\"\(HTML.anchor(story.id + "-" + group.id))\" style=\"margin-bottom:10px\">"
                if !group.rule.isEmpty { html += "<div class=\"small muted\">One statement: \(HTML.escape(group.rule))</div>" }
                for variant in group.variants {
                    let text = scalars[variant.article] ?? []
                    let start = min(variant.span.start, text.count)
                    let end = min(max(start, variant.span.end), text.count)
                    let body = HTML.marked(text[start..<end], marks: variant.changedSpans, offset: start, className: "add")
                    let missing = variant.diff.filter { $0.op == .missing }.map { "<del>\(HTML.escape($0.text))</del>" }
                    html += "<div class=\"variant\" style=\"--hue:\(hue(variant.article))\">\(chip(variant.article))"
                    if let source = variant.attributedAs { html += " <span class=\"small muted\">as “\(HTML.escape(source))”</span>" }
                    // Reported speech is the outlet's wording of what was said, not a quotation: no quotation marks.
                    if variant.kind == .direct {
                        html += "<div><q>\(body)</q></div>"
                    } else {
                        html += " <span class=\"small muted\">reported (\(HTML.escape(variant.kind.rawValue)))</span><div>\(body)</div>"
                    }
                    if !missing.isEmpty { html += "<div class=\"missing\">leaves out: \(missing.joined(separator: " · "))</div>" }
                    html += "</div>"
                }
                html += "</div>"
            }
            html += "</div>"
        }
        return section("Who said what", count: shared.count, html)
    }

    func conflicts() -> String {
        guard !story.conflicts.isEmpty else { return section("Conflicts", "<p class=\"muted\">No outlet contradicts another on a name, role, number or date.</p>") }
        var html = "<table class=\"conflict\"><tr><th>What</th><th>Each outlet's version</th></tr>"
        for conflict in story.conflicts {
            html += "<tr id=\"\(HTML.anchor(story.id + "-" + conflict.id))\"><td class=\"slot\"><span class=\"kind\">\(HTML.escape(conflict.kind.rawValue))</span>\(HTML.escape(conflict.slot))"
            if !conflict.rule.isEmpty { html += "<div class=\"small muted\">Rule: \(HTML.escape(conflict.rule))</div>" }
            html += "</td><td>"
            html += conflict.values.map { value in
                "<div>\(chip(value.article)) \(HTML.escape(value.text))\(value.value.map { " <span class=\"muted small\">= \(HTML.escape($0))</span>" } ?? "")</div>"
            }.joined()
            html += "</td></tr>"
        }
        return section("Conflicts", count: story.conflicts.count, html + "</table>")
    }

    func facts() -> String {
        let shared = story.facts.enumerated().filter { $0.element.support.count > 1 }
        guard !shared.isEmpty else { return "" }
        let maximum = max(1, story.facts.map(\.independentOutlets).max() ?? 1)
        var html = "<table><tr><th style=\"width:170px\">Independent outlets</th><th>Fact</th><th>Reported by</th></tr>"
        for (_, fact) in shared {
            html += "<tr id=\"\(HTML.anchor(story.id + "-" + fact.id))\"><td><span class=\"bar\" style=\"width:\(12 + 60 * fact.independentOutlets / maximum)px\"></span><b>\(fact.independentOutlets)</b>"
            if fact.independentOutlets < fact.support.count { html += " <span class=\"muted small\">of \(fact.support.count)</span>" }
            html += "</td><td>\(HTML.escape(fact.text))</td><td>\(citations(fact.support))</td></tr>"
        }
        return section("Corroborated facts", count: shared.count,
                       "<p class=\"muted small\">Outlets that copy or credit each other count once (see the source groups on the outlet cards).</p>" + html + "</table>")
    }

    func omissions() -> String {
        var html = "<div class=\"cols\">"
        for omission in story.omissions {
            html += "<div class=\"card\" style=\"--hue:\(hue(omission.article))\">\(chip(omission.article))"
            if omission.missing.isEmpty {
                html += "<div class=\"small muted\">Carries every fact most others carry.</div>"
            } else {
                html += "<div class=\"small\"><b>Leaves out \(omission.missing.count)</b> that most others report:</div><ul class=\"small\">"
                html += omission.missing.prefix(5).map { "<li>\(HTML.escape(story.facts[$0].text))</li>" }.joined()
                if omission.missing.count > 5 { html += "<li class=\"muted\">and \(omission.missing.count - 5) more</li>" }
                html += "</ul>"
            }
            html += "<div class=\"small muted\">\(omission.only.count) sentence\(omission.only.count == 1 ? "" : "s") no other outlet carries.</div></div>"
        }
        return section("What each leaves out", html + "</div>")
    }

    func framing() -> String {
        var html = "<div class=\"cols\">"
        for record in story.framing where !record.terms.isEmpty {
            html += "<div class=\"card terms\">\(chip(record.article))<div style=\"margin-top:6px\">"
            html += record.terms.map { "<span class=\"term\" title=\"score \($0.score), used \($0.count)×\">\(HTML.escape($0.text))</span>" }.joined(separator: " ")
            html += "</div></div>"
        }
        return section("Framing: each outlet's distinctive words", html + "</div>")
    }

    func credits() -> String {
        guard !story.credits.isEmpty else { return "" }
        var html = "<table><tr><th>Outlet</th><th>Credits</th><th>Where</th></tr>"
        for credit in story.credits {
            let inSet = credit.creditedArticles.map { chip($0) }.joined(separator: " ")
            html += "<tr><td>\(chip(credit.article))</td><td><b>\(HTML.escape(credit.credited))</b> \(inSet.isEmpty ? "" : "<span class=\"small muted\">in this story:</span> " + inSet)</td>"
            html += "<td class=\"small muted\">“\(HTML.escape(slice(credit.article, credit.span)))”</td></tr>"
        }
        return section("Who cites whom", count: story.credits.count, html + "</table>")
    }

    func timeline() -> String {
        guard !story.timeline.isEmpty else { return "" }
        var html = "<div class=\"timeline\">"
        for entry in story.timeline {
            let basis = entry.basis == .story ? " <span class=\"pill\" title=\"resolved against the story's date: the article has none\">approx.</span>" : ""
            html += "<div class=\"event\"><span class=\"date\">\(HTML.escape(entry.date))</span>\(basis) \(citations(entry.support))<div>\(HTML.escape(entry.text))</div></div>"
        }
        return section("Timeline", count: story.timeline.count, html + "</div>")
    }

    func entities() -> String {
        guard !story.entities.isEmpty else { return "" }
        var html = "<table><tr><th>Name</th><th>Kind</th><th>Roles given</th><th>Spellings</th><th>Named by</th></tr>"
        for entity in story.entities.prefix(40) {
            let articles = Array(Set(entity.variants.map(\.article))).sorted { (position[$0] ?? 0) < (position[$1] ?? 0) }
            let spellings = entity.spellings.count > 1 ? "<b style=\"color:var(--warn)\">\(entity.spellings.map(HTML.escape).joined(separator: " / "))</b>" : HTML.escape(entity.spellings.first ?? entity.name)
            // Each distinct wording once, with the articles that give it and its span in the first.
            var roleArticles: [String: [String]] = [:]
            var roleOrder: [TextRef] = []
            for role in entity.roles {
                let key = WordNormal.norm(role.text)
                if roleArticles[key] == nil { roleOrder.append(role) }
                roleArticles[key, default: []].append(role.article)
            }
            let roles = roleOrder.prefix(4).map { role in
                "<span class=\"role\" title=\"\(HTML.escape("characters \(role.span.start)–\(role.span.end) of \(role.article)"))\">\(HTML.escape(role.text))</span> "
                    + roleArticles[WordNormal.norm(role.text)]!.map(chip).joined(separator: " ")
            }.joined(separator: "<br>")
            html += "<tr id=\"\(HTML.anchor(story.id + "-" + entity.id))\"><td>\(HTML.escape(entity.name))</td><td class=\"small muted\">\(HTML.escape(entity.kind.rawValue))</td><td class=\"small\">\(roles)</td><td>\(spellings)</td><td>\(articles.map(chip).joined(separator: " "))</td></tr>"
        }
        return section("People, organisations, places", count: story.entities.count, html + "</table>")
    }

    func articleTexts() -> String {
        var html = "<p class=\"muted small\">The text as received; struck-through parts are page furniture left out of the analysis.</p>"
        for article in story.articles {
            let text = scalars[article.id] ?? []
            let furniture = article.blocks.filter { $0.role != .body }.map(\.span)
            html += "<details id=\"\(HTML.anchor(story.id + "-" + article.id))\"><summary>\(chip(article.id)) \(HTML.escape(article.title ?? article.id))</summary>"
            if let url = article.url { html += "<div class=\"small muted\">\(HTML.escape(url))</div>" }
            html += "<div class=\"article-text\">\(HTML.marked(text[...], marks: furniture, offset: 0, className: "furniture"))</div></details>"
        }
        return section("Articles", count: story.articles.count, html)
    }
}
