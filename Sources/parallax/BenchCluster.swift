import ArgumentParser
import Dispatch
import Foundation
import ParallaxCore
import ParallaxModels

/// Stories-stage throughput on a long stream: the dev sets repeated with shifted dates, clustered
/// online (no priming), with the process's peak memory.
struct BenchCluster: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: "Story clustering: articles/s on titles only and on full text, and peak memory on a long stream.")

    @Option(help: "Folder with the clustering dev sets.")
    var dir = "../shared/eval/clustering"

    @Option(help: "Articles in the titles-only stream (uci-news repeated).")
    var titles = 1_000_000

    @Option(help: "Articles in the full-text stream (basil, giveme5w1h and wikiref220 repeated).")
    var fullText = 50_000

    func run() throws {
        func articles(_ set: String) throws -> [Article] {
            guard case .success(let document) = InputFiles.read("\(dir)/\(set).dev.jsonl") else { throw ValidationError("cannot read \(set)") }
            return Ingest.read(document).articles.map { Extract.article(from: $0) }
        }
        // As the product runs: English at large as the prior of the stream's word statistics.
        let background = try ShippedModels.backgroundFrequencies()
        let headlines = try articles("uci-news")
        let bodies = try articles("basil") + articles("giveme5w1h") + articles("wikiref220")
        for (label, pool, count) in [("titles only", headlines, titles), ("full text", bodies, fullText)] {
            var clusterer = StoryClusterer(background: background)
            var words = StoryWordCache()
            let breaker = TextBreaker()
            var stories = Set<String>()
            let start = DispatchTime.now().uptimeNanoseconds
            for index in 0..<count {
                let round = index / pool.count
                var features = StoryFeatureExtractor.features(of: pool[index % pool.count], words: &words, breaker: breaker)
                // Each round is the same news again once the window has passed: old stories close, new ones open.
                features.day = features.day.map { $0 + (StorySettings.standard.activeDays + 10) * round }
                stories.insert(clusterer.add(features, id: "\(index)", title: nil).story)
                _ = clusterer.takeClosed()
            }
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            var usage = rusage()
            getrusage(RUSAGE_SELF.rawValue, &usage)
            print(String(format: "%@: %d articles in %.2f s: %.0f articles/s; %d stories, %d active at the end; peak memory %.0f MB",
                         label, count, seconds, Double(count) / seconds, stories.count, clusterer.activeCount, Double(usage.ru_maxrss) / 1024))
        }
    }
}
