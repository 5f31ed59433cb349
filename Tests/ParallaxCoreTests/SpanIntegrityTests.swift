import Foundation
import ParallaxCore
import Testing

/// Every figure the report shows must point at the exact text it came from.
enum SpanIntegrity {
    /// Slices every span of a story and returns what does not match the text shown.
    static func problems(in story: StoryReport) -> [String] {
        var problems: [String] = []
        func check(_ article: String, _ span: Span, _ expected: String?, _ what: String) {
            guard let actual = story.slice(article, span) else {
                problems.append("\(what): span \(span) outside \(article)")
                return
            }
            if let expected, actual != expected { problems.append("\(what): \(article)\(span) is «\(actual)», shown «\(expected)»") }
        }
        for group in story.quotes {
            for variant in group.variants {
                check(variant.article, variant.span, variant.text, "quote")
                if let span = variant.attributedSpan { check(variant.article, span, variant.attributedAs, "quote source") }
                for changed in variant.changedSpans where !variant.span.contains(changed) { problems.append("changed span outside quote") }
            }
        }
        for entity in story.entities { for variant in entity.variants { check(variant.article, variant.span, variant.text, "entity") } }
        for fact in story.facts {
            check(fact.support[0].article, fact.support[0].span, fact.text, "fact")
            for support in fact.support { check(support.article, support.span, nil, "fact support") }
        }
        for conflict in story.conflicts { for value in conflict.values { check(value.article, value.span, value.text, "conflict") } }
        for record in story.framing { for term in record.terms { check(record.article, term.span, term.text, "framing") } }
        for credit in story.credits {
            check(credit.article, credit.span, nil, "credit")
            check(credit.article, credit.creditedSpan, credit.credited, "credited")
        }
        for entry in story.timeline {
            check(entry.support[0].article, entry.support[0].span, entry.text, "timeline")
            for date in entry.dateSpans { check(date.article, date.span, date.text, "timeline date") }
        }
        for sentence in story.digest {
            check(sentence.citations[0].article, sentence.citations[0].span, sentence.text, "digest")
            for citation in sentence.citations { check(citation.article, citation.span, nil, "digest citation") }
        }
        for article in story.articles { for block in article.blocks { check(article.id, block.span, nil, "block") } }
        return problems
    }
}

@Suite struct SpanIntegrityTests {
    @Test func everySpanInTheSeedsReportSlicesTheTextShown() throws {
        let report = try SharedData.seedReport()
        #expect(report.stories.count == 1)
        let story = report.stories[0]
        #expect(story.articles.count == 5)
        // The report must have something in each section for the check to mean anything.
        #expect(story.quotes.count > 5 && story.facts.count > 20 && !story.conflicts.isEmpty && !story.timeline.isEmpty)
        #expect(story.digest.count >= 5 && story.digest.count <= 10)
        #expect(SpanIntegrity.problems(in: story) == [])
    }
}
