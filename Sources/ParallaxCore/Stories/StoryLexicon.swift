import Foundation

/// Feature keys as dense ids, with how many articles use each (for IDF), and spelling variants of
/// names merged: a name one letter longer or shorter than a name already seen ("Dimitry" and
/// "Dmitry", "Zelensky" and "Zelenskyy") takes that name's id.
public struct StoryLexicon: Sendable {
    var ids: [String: Int32] = [:]
    var keys: [String] = []
    var documentFrequency: [Int32] = []
    var isName: [Bool] = []
    /// Each name with one letter removed, pointing at the name: finds a longer earlier spelling.
    var nameDeletions: [String: Int32] = [:]
    public private(set) var documents = 0

    /// Names shorter than this are never merged (`StorySettings.shortestMergedName`).
    let shortestMergedName: Int
    /// English at large, as pseudo-documents counted before the input's: each key's expected count
    /// among them, and how many there are (0 without a background).
    let background: BackgroundFrequencies?
    var priorFrequency: [Float] = []
    let priorDocuments: Float

    public init(settings: StorySettings = .standard, background: BackgroundFrequencies? = nil) {
        shortestMergedName = settings.shortestMergedName
        self.background = background
        priorDocuments = background == nil ? 0 : settings.backgroundDocuments
    }

    /// Whether English at large weighs in: then document frequencies mean something from the first article.
    var hasBackground: Bool { background != nil }

    public var count: Int { keys.count }

    /// The id of a key, made on first sight.
    mutating func id(_ key: String, kind: StoryFeatures.Kind) -> Int32 {
        if let id = ids[key] {
            if kind == .name, !isName[Int(id)] {
                isName[Int(id)] = true
                registerDeletions(key, id)
            }
            return id
        }
        if kind == .name, key.unicodeScalars.count >= shortestMergedName, let variant = nameVariant(of: key) {
            ids[key] = variant
            return variant
        }
        let id = Int32(keys.count)
        ids[key] = id
        keys.append(key)
        documentFrequency.append(0)
        // Numbers and quoted passages have no prior: only words do.
        priorFrequency.append(kind == .term || kind == .name ? priorDocuments * (background?.share(of: key) ?? 0) : 0)
        isName.append(kind == .name)
        if kind == .name { registerDeletions(key, id) }
        return id
    }

    /// An earlier name that is this one with a letter added or removed.
    func nameVariant(of key: String) -> Int32? {
        if let id = nameDeletions[key] { return id }
        for shorter in Self.deletions(key) where shorter.unicodeScalars.count >= shortestMergedName {
            if let id = ids[shorter], isName[Int(id)] { return id }
        }
        return nil
    }

    mutating func registerDeletions(_ key: String, _ id: Int32) {
        guard key.unicodeScalars.count > shortestMergedName else { return }
        for shorter in Self.deletions(key) where nameDeletions[shorter] == nil { nameDeletions[shorter] = id }
    }

    static func deletions(_ key: String) -> [String] {
        let scalars = Array(key.unicodeScalars)
        return scalars.indices.map { index in
            var shorter = String.UnicodeScalarView()
            shorter.append(contentsOf: scalars[..<index])
            shorter.append(contentsOf: scalars[(index + 1)...])
            return String(shorter)
        }
    }

    /// Counts one article's features towards document frequencies: its distinct ids, each once.
    mutating func observe(_ ids: [Int32]) {
        documents += 1
        for id in ids { documentFrequency[Int(id)] += 1 }
    }

    /// Smoothed inverse document frequency, as in scikit-learn: never zero, highest for rare keys.
    func idf(_ id: Int32) -> Float {
        let df = Float(documentFrequency[Int(id)]) + priorFrequency[Int(id)]
        return logf((1 + Float(documents) + priorDocuments) / (1 + df)) + 1
    }

    func share(_ id: Int32) -> Float {
        let all = Float(documents) + priorDocuments
        return all == 0 ? 0 : (Float(documentFrequency[Int(id)]) + priorFrequency[Int(id)]) / all
    }

    public func key(_ id: Int32) -> String { keys[Int(id)] }
}
