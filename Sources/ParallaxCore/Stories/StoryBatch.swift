/// A finite batch of articles through the online clusterer: frequencies primed on the whole batch,
/// articles fed in publication order, then the stories grouped into coverages. An undated article keeps its place in the input and takes
/// the date of the dated article before it, as it would on a stream.
public enum StoryBatch {
    /// Extracted articles to their stories, in input order; one word cache serves the whole batch.
    public static func cluster(_ articles: [Article], settings: StorySettings = .standard,
                               background: BackgroundFrequencies? = nil) -> (features: [StoryFeatures], assignments: [StoryAssignment], coverages: [StoryCoverage]) {
        var words = StoryWordCache()
        let breaker = TextBreaker()
        let features = articles.map { StoryFeatureExtractor.features(of: $0, settings: settings, words: &words, breaker: breaker) }
        let result = cluster(features, ids: articles.map(\.id), titles: articles.map(\.title), settings: settings, background: background)
        return (features, result.assignments, result.coverages)
    }

    public static func cluster(_ features: [StoryFeatures], ids: [String], titles: [String?], settings: StorySettings = .standard,
                               background: BackgroundFrequencies? = nil) -> (assignments: [StoryAssignment], coverages: [StoryCoverage]) {
        let order = publicationOrder(features)
        var clusterer = StoryClusterer(settings: settings, primedLexicon: StoryClusterer.primedLexicon(features, settings: settings, background: background))
        var assignments = [StoryAssignment?](repeating: nil, count: features.count)
        for index in order { assignments[index] = clusterer.add(features[index], id: ids[index], title: titles[index]) }
        // Articles placed before their story was folded into another follow it there.
        var into: [String: String] = [:]
        for merge in clusterer.merges { into[merge.from] = merge.into }
        func home(_ story: String) -> String {
            var current = story
            while let next = into[current] { current = next }
            return current
        }
        var result = assignments.map { assignment in
            var assignment = assignment!
            assignment.story = home(assignment.story)
            return assignment
        }
        let coverages = StoryCoverageFinder.coverages(features, ids: ids, stories: result.map(\.story), clusterer: &clusterer, settings: settings)
        for index in result.indices { result[index].coverage = coverages.ofArticle[index] }
        return (result, coverages.coverages)
    }

    /// Indices in publication order; stable, so same-day articles keep their input order.
    public static func publicationOrder(_ features: [StoryFeatures]) -> [Int] {
        var clock = Int.min
        let keys = features.map { item -> Int in
            if let day = item.day { clock = day }
            return item.day ?? clock
        }
        return features.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }
}
