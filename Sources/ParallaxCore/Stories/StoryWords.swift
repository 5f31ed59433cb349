/// Word-level helpers of the stories stage, tuned for speed: it reads every word of millions of articles.
enum StoryWords {
    /// Lower case; ASCII without the Unicode tables, written straight into the string (short words
    /// then need no heap allocation at all).
    static func lower(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        if scalars.allSatisfy({ $0.value < 0x80 }) {
            return String(unsafeUninitializedCapacity: scalars.count) { buffer in
                var at = 0
                for scalar in scalars {
                    let value = UInt8(scalar.value)
                    buffer[at] = value >= 0x41 && value <= 0x5A ? value + 0x20 : value
                    at += 1
                }
                return at
            }
        }
        return String(String.UnicodeScalarView(scalars)).lowercased()
    }

    /// Frequent function words of the languages news comes in, each marked with its language.
    /// Words two languages share are left out, so a hit is evidence for one language.
    static let stopwordLanguage: [String: String] = {
        let lists: [(String, [String])] = [
            ("en", ["the", "and", "of", "to", "is", "was", "that", "with", "for", "on", "are", "this", "by", "from", "have", "has", "which", "were", "be", "it", "he", "she", "they", "but", "not", "at", "an", "would"]),
            ("de", ["der", "die", "und", "das", "ist", "nicht", "mit", "sich", "auf", "ein", "eine", "dem", "den", "von", "zu", "auch", "wird", "sind", "für", "wurde", "bei", "nach", "oder", "aus"]),
            ("fr", ["le", "les", "et", "des", "est", "une", "dans", "que", "pour", "qui", "sur", "au", "avec", "pas", "sont", "ont", "du", "ce", "mais", "aux", "été", "leur", "selon"]),
            ("es", ["el", "los", "las", "del", "y", "es", "una", "por", "con", "para", "su", "al", "lo", "como", "más", "pero", "sus", "fue", "ha", "este", "según", "también"]),
            ("it", ["il", "di", "che", "è", "della", "per", "un", "sono", "gli", "alla", "nel", "dei", "delle", "anche", "come", "più", "ha", "ma", "questo", "stato"]),
            ("pt", ["o", "os", "da", "não", "em", "uma", "com", "das", "dos", "ao", "pelo", "pela", "foi", "mais", "seu", "sua", "são", "também", "já"]),
            ("nl", ["het", "een", "van", "niet", "zijn", "op", "dat", "ook", "voor", "met", "wordt", "maar", "naar", "bij", "werd", "hij", "deze"]),
            ("ru", ["и", "в", "не", "на", "что", "с", "по", "это", "как", "из", "он", "для", "его", "к", "о", "от", "за", "году", "также", "был"]),
        ]
        var table: [String: String] = [:]
        var shared: Set<String> = []
        for (language, words) in lists {
            for word in words {
                if let other = table[word], other != language { shared.insert(word) } else { table[word] = language }
            }
        }
        for word in shared { table[word] = nil }
        return table
    }()
}

/// The language of an article from which language's function words it uses most.
enum LanguageGuess {
    /// Below `minimumHits` function-word hits the guess is "en": headlines are too short to tell.
    static func language(stopwordHits: [String: Int], minimumHits: Int) -> String {
        let best = stopwordHits.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first
        guard let best, best.value >= minimumHits else { return "en" }
        return best.key
    }
}

/// What the stories stage needs to know of a lower-cased word, worked out once per word.
public struct StoryWordCache: Sendable {
    struct Info: Sendable {
        var key: String
        /// The key's number in this cache, so an article's words are counted without hashing strings again.
        var keySlot: Int32
        var isContent: Bool
        var canBeName: Bool
        var language: String?
    }

    /// Words remembered before the cache starts afresh (between articles): bounds memory on an endless stream.
    static let capacity = 500_000
    var known: [String: Info] = [:]
    var keySlots: [String: Int32] = [:]
    // ASCII words live in an open-addressing table keyed by an FNV-1a hash of their lower-cased bytes,
    // so a word seen before costs no string and no SipHash: this is the stage's innermost loop.
    var table = [Int32](repeating: -1, count: 1 << 12)
    var entryHash: [UInt64] = []
    var entryStart: [Int] = []
    var entryLength: [Int] = []
    var arena: [UInt8] = []
    var entryInfo: [Info] = []

    public init() {}

    mutating func startArticle() {
        if known.count + entryInfo.count >= Self.capacity {
            known.removeAll(keepingCapacity: true)
            keySlots.removeAll(keepingCapacity: true)
            table = [Int32](repeating: -1, count: 1 << 12)
            entryHash.removeAll(keepingCapacity: true)
            entryStart.removeAll(keepingCapacity: true)
            entryLength.removeAll(keepingCapacity: true)
            arena.removeAll(keepingCapacity: true)
            entryInfo.removeAll(keepingCapacity: true)
        }
    }

    /// The word written by these scalars, lower-cased.
    mutating func info(_ scalars: ArraySlice<Unicode.Scalar>) -> Info {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for scalar in scalars {
            guard scalar.value < 0x80 else { return info(StoryWords.lower(scalars)) }
            hash = (hash ^ UInt64(Self.lowerASCII(scalar.value))) &* 0x100_0000_01b3
        }
        let mask = table.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while table[slot] >= 0 {
            let entry = Int(table[slot])
            if entryHash[entry] == hash, entryLength[entry] == scalars.count, sameBytes(entry, scalars) { return entryInfo[entry] }
            slot = (slot + 1) & mask
        }
        let info = info(StoryWords.lower(scalars))
        table[slot] = Int32(entryInfo.count)
        entryHash.append(hash)
        entryStart.append(arena.count)
        entryLength.append(scalars.count)
        for scalar in scalars { arena.append(Self.lowerASCII(scalar.value)) }
        entryInfo.append(info)
        if entryInfo.count * 2 > table.count { grow() }
        return info
    }

    static func lowerASCII(_ value: UInt32) -> UInt8 {
        let byte = UInt8(truncatingIfNeeded: value)
        return byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    func sameBytes(_ entry: Int, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var at = entryStart[entry]
        for scalar in scalars {
            if arena[at] != Self.lowerASCII(scalar.value) { return false }
            at += 1
        }
        return true
    }

    mutating func grow() {
        table = [Int32](repeating: -1, count: table.count * 2)
        let mask = table.count - 1
        for entry in entryHash.indices {
            var slot = Int(truncatingIfNeeded: entryHash[entry]) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(entry)
        }
    }

    mutating func info(_ word: String) -> Info {
        if let info = known[word] { return info }
        let key = Stemmer.stem(word)
        let slot: Int32
        if let existing = keySlots[key] { slot = existing } else {
            slot = Int32(keySlots.count)
            keySlots[key] = slot
        }
        let info = Info(key: key, keySlot: slot, isContent: word.unicodeScalars.count > 1 && !Vocabulary.stopwords.contains(word),
                        canBeName: !Vocabulary.notNames.contains(word) && !Vocabulary.nameOpeners.contains(word) && Vocabulary.months[word] == nil && Vocabulary.weekdays[word] == nil,
                        language: StoryWords.stopwordLanguage[word])
        known[word] = info
        return info
    }
}
