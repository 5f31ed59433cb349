import Foundation
import ParallaxCore
import Testing

/// A real multi-outlet story from the Giveme5W1H clustering set, through the whole pipeline.
@Suite struct EvalStoryTests {
    /// The lines of one gold story (the label only chooses the slice; the pipeline never sees it).
    static func storyLines(_ story: String) throws -> String {
        let text = try String(contentsOf: SharedData.url("eval/clustering/giveme5w1h.dev.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.contains("\"story\": \"\(story)\"") }.joined(separator: "\n")
    }

    @Test func costaRicaPlaneCrashCoverageIsComparedWithValidSpans() throws {
        let lines = try Self.storyLines("new_york_family_of_5_among_12_killed_in_costa_rica_plane_crash")
        let (raws, errors) = Ingest.read(InputDocument(name: "giveme5w1h-slice.jsonl", bytes: Array(lines.utf8)))
        #expect(errors.isEmpty)
        #expect(raws.count == 12)
        let report = Analysis.report([Analysis.StoryInput(id: "costa-rica", articles: raws)])
        let story = report.stories[0]
        #expect(Set(story.articles.map(\.outlet)).count >= 8)
        #expect(SpanIntegrity.problems(in: story) == [])
        // Twelve outlets on one crash agree on something: facts carried by several independent outlets.
        #expect(story.facts.contains { $0.independentOutlets >= 3 })
        #expect(story.digest.count >= 5)
        #expect(story.entities.contains { $0.name.contains("Costa Rica") })
    }
}
