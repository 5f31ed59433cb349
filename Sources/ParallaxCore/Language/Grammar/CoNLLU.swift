/// Sentences in CoNLL-U (Universal Dependencies' format): one word a line, ten columns, `#` comments,
/// a blank line after each sentence. Multi-word token lines ("3-4") and empty nodes ("8.1") are kept
/// as they are for writing back, but only words are tagged, parsed and scored.
public struct CoNLLUSentence: Sendable {
    public struct Word: Sendable {
        public var form: String
        public var lemma = "_"
        public var upos = "_"
        public var xpos = "_"
        public var feats = "_"
        /// 0 for the root; word numbers count from 1.
        public var head = 0
        public var deprel = "_"
        public var deps = "_"
        public var misc = "_"

        public init(form: String) { self.form = form }
    }

    /// `# …` lines, in order, without the `# `.
    public var comments: [String] = []
    public var words: [Word] = []
    /// Lines that are not words (multi-word tokens, empty nodes), each before the word index it preceded.
    public var otherLines: [(before: Int, line: String)] = []

    public init(words: [Word], comments: [String] = []) {
        self.words = words
        self.comments = comments
    }
}

public enum CoNLLU {
    /// Sentences of a CoNLL-U text; a line with other than ten columns is skipped.
    public static func sentences(_ text: String) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [])
        func finish() {
            if !current.words.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(words: [])
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.isEmpty { finish(); continue }
            if line.hasPrefix("#") {
                current.comments.append(String(line.dropFirst(line.hasPrefix("# ") ? 2 : 1)))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 10 else { continue }
            guard Int(columns[0]) != nil else {
                current.otherLines.append((current.words.count, String(line)))
                continue
            }
            var word = CoNLLUSentence.Word(form: columns[1])
            word.lemma = columns[2]
            word.upos = columns[3]
            word.xpos = columns[4]
            word.feats = columns[5]
            word.head = Int(columns[6]) ?? 0
            word.deprel = columns[7]
            word.deps = columns[8]
            word.misc = columns[9]
            current.words.append(word)
        }
        finish()
        return sentences
    }

    /// The sentences as CoNLL-U text.
    public static func text(_ sentences: [CoNLLUSentence]) -> String {
        var out = ""
        for sentence in sentences {
            for comment in sentence.comments { out += "# \(comment)\n" }
            var other = sentence.otherLines[...]
            for (index, word) in sentence.words.enumerated() {
                while let next = other.first, next.before == index { out += next.line + "\n"; other = other.dropFirst() }
                out += [String(index + 1), word.form, word.lemma, word.upos, word.xpos, word.feats,
                        String(word.head), word.deprel, word.deps, word.misc].joined(separator: "\t") + "\n"
            }
            for line in other { out += line.line + "\n" }
            out += "\n"
        }
        return out
    }
}
