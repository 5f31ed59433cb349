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
        absent.reserveCapacity(50_000)
        TabSeparatedLines.forEach(in: table) { word, frequency in
            guard let frequency = Float(String(decoding: frequency, as: UTF8.self)), frequency > 0 else { return }
            absent[Stemmer.stem(WordNormal.norm(String(decoding: word, as: UTF8.self))), default: 1] *= expf(-frequency * documentWords)
        }
        shares = absent.mapValues { 1 - $0 }
    }

    public func share(of key: String) -> Float { shares[key] ?? 0 }
}
