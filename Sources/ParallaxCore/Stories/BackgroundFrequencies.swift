import Foundation

/// How common each word is in English at large (a shipped table of word frequencies, see
/// `ParallaxModels/Resources/README.md`), as the share of documents that would contain it. The
/// stories stage uses it as a prior that an input's own document frequencies refine as they grow: in
/// a folder of 12 articles about one shooting every article names the gunman, and without a prior
/// his name would look as common as "said".
public struct BackgroundFrequencies: Sendable {
    /// Document share by feature key (the stem the stories stage compares), from 0 to 1.
    public private(set) var shares: [String: Float] = [:]

    /// Reads `word<TAB>frequency` lines (`#` lines are comments). A word of frequency f turns up in a
    /// document of `documentWords` running words with probability 1 − e^(−f·n); the forms of one stem
    /// combine as the chance that any of them turns up.
    public init(table: String, documentWords: Float) {
        var absent: [String: Float] = [:]
        for line in table.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let frequency = Float(fields[1]), frequency > 0 else { continue }
            let key = Stemmer.stem(WordNormal.norm(String(fields[0])))
            absent[key, default: 1] *= expf(-frequency * documentWords)
        }
        shares = absent.mapValues { 1 - $0 }
    }

    public func share(of key: String) -> Float { shares[key] ?? 0 }
}
