import Foundation

/// Every tunable of the pipeline, one struct per stage, as data: commands read it from JSON with
/// `--settings FILE`, and anything the file leaves out keeps its shipped value.
public struct Settings: Sendable, Codable {
    public var ingest = IngestLimits()
    public var extract = ExtractSettings()
    public var language = LanguageSettings()
    public var attribution = AttributionSettings()
    public var stories = StorySettings()
    public var compare = CompareSettings()

    public init() {}
    public static let standard = Settings()

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Settings from a JSON object laid over the shipped ones: `{"stories": {"joinThreshold": 0.2}}`
    /// changes one value and keeps every other. A name the settings do not have is an error, so a
    /// misspelt setting is never silently ignored.
    public static func fromJSON(_ data: Data) throws -> Settings {
        guard let given = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "settings must be a JSON object")
        }
        let shipped = try JSONSerialization.jsonObject(with: JSONEncoder().encode(Settings.standard)) as! [String: Any]
        let merged = try overlay(given, on: shipped, path: "")
        let settings: Settings
        do {
            settings = try JSONDecoder().decode(Settings.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw Failure(description: "settings: a value has the wrong type (\(error))")
        }
        if let problem = settings.problems.first { throw Failure(description: "settings: \(problem)") }
        return settings
    }

    /// Values no stage can work with (a window of no words, a range that ends before it starts).
    public var problems: [String] {
        var problems: [String] = []
        func check(_ holds: Bool, _ what: String) { if !holds { problems.append(what) } }
        check(ingest.maxArticleBytes > 0 && ingest.maxInflatedBytes > 0 && ingest.binarySniffBytes > 0 && ingest.htmlSniffBytes > 0,
              "ingest sizes must be positive")
        check(extract.plainText.minTitleWords <= extract.plainText.maxTitleWords, "extract.plainText.minTitleWords is above maxTitleWords")
        check(extract.plainText.maxLabelledDateWords >= 2, "extract.plainText.maxLabelledDateWords must be at least 2")
        check(extract.html.scoredAncestors >= 0, "extract.html.scoredAncestors must not be negative")
        check(language.minYear <= language.maxYear, "language.minYear is above maxYear")
        check([attribution.maxCreditGap, attribution.maxToldGap, attribution.maxSubjectGap, attribution.verbWindow,
               attribution.nominalWords, attribution.maxCreditNameWords].allSatisfy { $0 >= 0 }, "attribution windows must not be negative")
        check(attribution.sourceAfterVerb >= 1 && attribution.sourceAfterQuoteVerb >= 1, "attribution.sourceAfter… must be at least 1")
        check(stories.quoteShingle >= 1 && stories.maxActiveStories >= 1, "stories.quoteShingle and maxActiveStories must be at least 1")
        check([stories.leadWords, stories.maxQuoteShingles, stories.articleFeatures, stories.storyFeatures, stories.indexedFeatures,
               stories.mergeProbeFeatures, stories.evidenceCount, stories.activeDays].allSatisfy { $0 >= 0 }, "stories counts must not be negative")
        check(compare.conflicts.maxSlotCharacters >= 4, "compare.conflicts.maxSlotCharacters must be at least 4")
        check([compare.digest.maxSentences, compare.framing.termsPerArticle, compare.quotes.minQuoteWords, compare.untitledTitleLength]
              .allSatisfy { $0 >= 0 }, "compare counts must not be negative")
        check(compare.independence.copyRunWords >= 1, "compare.independence.copyRunWords must be at least 1")
        return problems
    }

    static func overlay(_ given: [String: Any], on shipped: [String: Any], path: String) throws -> [String: Any] {
        var result = shipped
        for (key, value) in given {
            guard let current = shipped[key] else { throw Failure(description: "unknown setting \(path)\(key)") }
            if let inner = value as? [String: Any], let currentInner = current as? [String: Any] {
                result[key] = try overlay(inner, on: currentInner, path: path + key + ".")
            } else {
                result[key] = value
            }
        }
        return result
    }
}
