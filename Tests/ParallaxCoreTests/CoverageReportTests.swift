import Foundation
import ParallaxModels
import Testing
@testable import ParallaxCore

/// The report of a folder whose stories are one subject: the Las Vegas shooting of 2 October 2017 in
/// the giveme5w1h dev set (the night's reports, the gunman's profile, the inquiry eight weeks later).
struct CoverageReportTests {
    static func lasVegasReport() throws -> Report {
        let path = "eval/clustering/giveme5w1h.dev.jsonl"
        let lines = try String(contentsOf: SharedData.url(path), encoding: .utf8).split(separator: "\n")
        let wanted = Set(try lines.compactMap { line -> String? in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["story"] as? String == "las_vegas_shooting" ? object?["id"] as? String : nil
        })
        let raws = Ingest.read(try SharedData.document(path)).articles.filter { wanted.contains($0.id) }
        return Analysis.clusteredReport(raws, attributionModel: try ShippedModels.attribution(), background: try ShippedModels.backgroundFrequencies())
    }

    @Test func theFolderIsOneCoverageWhoseStoriesAreItsSections() throws {
        let report = try Self.lasVegasReport()
        #expect(report.coverages.count == 1)
        let coverage = try #require(report.coverages.first)
        #expect(coverage.stories == report.stories.map(\.id))
        #expect(coverage.articles == 12)
        #expect(coverage.title == report.stories[0].title)
        let html = HTMLRenderer.render(report)
        #expect(html.contains("\(HTML.escape(coverage.title))</b></a>: \(report.stories.count) stories, 12 articles"))
        #expect(html.contains("id=\"coverage-\(HTML.anchor(coverage.id))\""))
    }

    @Test func sharedItemsCrossStoriesAndQuoteTheirArticles() throws {
        let report = try Self.lasVegasReport()
        let coverage = try #require(report.coverages.first)
        var storyOf: [String: String] = [:]
        var texts: [String: [Unicode.Scalar]] = [:]
        for story in report.stories {
            for article in story.articles {
                storyOf[article.id] = story.id
                texts[article.id] = Array(article.text.unicodeScalars)
            }
        }
        func quoted(_ article: String, _ span: Span) -> String {
            String(String.UnicodeScalarView(texts[article]![span.start..<span.end]))
        }
        // The sheriff's "lone wolf" is quoted in the night's reports and in the inquiry's.
        #expect(coverage.sharedQuotes.contains { $0.speaker.contains("Lombardo") })
        for group in coverage.sharedQuotes {
            #expect(group.speaker != QuoteGrouper.unattributed)
            #expect(Set(group.variants.map { storyOf[$0.article]! }).count > 1)
            for variant in group.variants { #expect(quoted(variant.article, variant.span) == variant.text) }
        }
        #expect(!coverage.sharedFacts.isEmpty)
        for fact in coverage.sharedFacts {
            #expect(fact.independentOutlets >= 2)
            #expect(Set(fact.support.map { storyOf[$0.article]! }).count > 1)
        }
    }
}
