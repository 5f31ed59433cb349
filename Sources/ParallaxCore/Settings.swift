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
        do {
            return try JSONDecoder().decode(Settings.self, from: JSONSerialization.data(withJSONObject: merged))
        } catch {
            throw Failure(description: "settings: a value has the wrong type (\(error))")
        }
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
