import Foundation
import ParallaxCore

/// What a user who gathers a folder about one story sees (`eval clustering --folders`): each gold
/// story of 3 or more articles clustered on its own ("kept together": the share of its articles in
/// its biggest predicted story, averaged over stories), and the gold stories, sorted by label, dealt
/// into folders of 4, each clustered on its own ("mixed": B-cubed F1 averaged over folders). The gold
/// labels are read here, for scoring only.
enum FolderEval {
    /// Stories smaller than this are not a folder anyone gathers.
    static let smallestFolderStory = 3
    static let storiesPerMixedFolder = 4

    struct Figures {
        var keptTogether: Double
        var whole: Int
        var stories: Int
        var mixed: Double
        var folders: Int

        var line: String {
            String(format: "kept-together %.3f (%d of %d whole) mixed-F1 %.3f (%d folders of %d stories)",
                   keptTogether, whole, stories, mixed, folders, FolderEval.storiesPerMixedFolder)
        }
    }

    /// The figures read at the story level and at the coverage level (what `analyze` shows as one page).
    struct Levels {
        var story: Figures
        var coverage: Figures
    }

    /// Gold story per article id, from the set's JSONL.
    static func goldLabels(_ path: String) throws -> [String: String] {
        var labels: [String: String] = [:]
        var lines = try LineStream(path: path)
        while let line = lines.next() {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let story = object["story"] else { continue }
            labels[id] = "\(story)"
        }
        return labels
    }

    static func figures(_ articles: [Article], gold labels: [String: String], settings: Settings, background: BackgroundFrequencies?) -> Levels {
        var byStory: [String: [Int]] = [:]
        for (index, article) in articles.enumerated() { byStory[labels[article.id] ?? article.id, default: []].append(index) }
        let stories = byStory.keys.sorted()
        func cluster(_ indices: [Int]) -> (stories: [String], coverages: [String]) {
            let assignments = StoryBatch.cluster(indices.map { articles[$0] }, settings: settings.stories, background: background).assignments
            return (assignments.map(\.story), assignments.map { $0.coverage ?? $0.story })
        }
        var levels = [Figures]()
        let folderStories = stories.filter { byStory[$0]!.count >= smallestFolderStory }.map { cluster(byStory[$0]!) }
        var folders: [(members: [Int], predicted: (stories: [String], coverages: [String]))] = []
        for start in stride(from: 0, to: stories.count, by: storiesPerMixedFolder) {
            let folder = stories[start..<min(stories.count, start + storiesPerMixedFolder)]
            let members = folder.flatMap { byStory[$0]! }.sorted()
            folders.append((members, cluster(members)))
        }
        for coverageLevel in [false, true] {
            levels.append(score(folderStories.map { coverageLevel ? $0.coverages : $0.stories },
                                folders: folders.map { ($0.members, coverageLevel ? $0.predicted.coverages : $0.predicted.stories) },
                                articles: articles, labels: labels))
        }
        return Levels(story: levels[0], coverage: levels[1])
    }

    /// Kept-together over the one-story folders' predictions, mixed B-cubed F1 over the mixed folders'.
    static func score(_ oneStoryFolders: [[String]], folders: [(members: [Int], predicted: [String])], articles: [Article],
                      labels: [String: String]) -> Figures {
        var shares: [Double] = []
        var whole = 0
        for predicted in oneStoryFolders {
            let biggest = Dictionary(grouping: predicted, by: { $0 }).values.map(\.count).max() ?? 0
            shares.append(Double(biggest) / Double(predicted.count))
            if biggest == predicted.count { whole += 1 }
        }
        let folderScores = folders.map { folder in
            bcubedF1(predicted: folder.predicted, gold: folder.members.map { labels[articles[$0].id] ?? articles[$0].id })
        }
        func mean(_ values: [Double]) -> Double { values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count) }
        return Figures(keptTogether: mean(shares), whole: whole, stories: shares.count, mixed: mean(folderScores), folders: folderScores.count)
    }

    /// B-cubed F1 as the set's scorer computes it: per article precision and recall of its cell.
    static func bcubedF1(predicted: [String], gold: [String]) -> Double {
        var cell: [String: Int] = [:]
        var predictedSize: [String: Int] = [:]
        var goldSize: [String: Int] = [:]
        for (p, g) in zip(predicted, gold) {
            cell[p + "\u{1F}" + g, default: 0] += 1
            predictedSize[p, default: 0] += 1
            goldSize[g, default: 0] += 1
        }
        var precision = 0.0, recall = 0.0
        for (key, count) in cell {
            let parts = key.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            precision += Double(count * count) / Double(predictedSize[parts[0]]!)
            recall += Double(count * count) / Double(goldSize[parts[1]]!)
        }
        precision /= Double(predicted.count)
        recall /= Double(predicted.count)
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
