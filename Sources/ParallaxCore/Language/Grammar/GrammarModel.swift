/// The language stage's learned grammar: the part-of-speech tagger (and, once trained, the parser),
/// trained on UD English EWT by `parallax train language` and shipped as one gzipped file.
public struct GrammarModel: Sendable {
    public var tagger: PartOfSpeechTagger

    public struct ModelError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(tagger: PartOfSpeechTagger) {
        self.tagger = tagger
    }

    /// Fills UPOS (and XPOS "_") of each sentence's words, keeping everything else as given.
    public func annotate(_ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        sentences.map { sentence in
            var sentence = sentence
            let tags = tagger.tag(sentence.words.map(\.form))
            for index in sentence.words.indices { sentence.words[index].upos = tags[index].name }
            return sentence
        }
    }

    static let magic = Array("parallax-grammar-model 2\n".utf8)

    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        func append<T: FixedWidthInteger>(_ value: T) { bytes.appendLittleEndian(value) }
        append(UInt32(tagger.dictionary.count))
        for (word, tag) in tagger.dictionary.sorted(by: { $0.key < $1.key }) {
            append(word)
            bytes.append(UInt8(tag.rawValue))
        }
        return bytes + tagger.first.serialized() + tagger.second.serialized()
    }

    /// The file as shipped: gzipped.
    public func file() -> [UInt8] { Gzip.deflate(serialized()) }

    public init(file bytes: [UInt8]) throws {
        try self.init(serialized: Gzip.isGzip(bytes) ? try Gzip.inflate(bytes, limit: 64 << 20) : bytes)
    }

    public init(serialized bytes: [UInt8]) throws {
        guard bytes.count > Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw ModelError(description: "not a Parallax grammar model")
        }
        var reader = ByteReader(bytes: bytes, offset: Self.magic.count, what: "grammar model")
        func read<T: FixedWidthInteger>(_ type: T.Type) throws -> T { try reader.read(type) }
        var dictionary: [UInt64: UPOS] = [:]
        for _ in 0..<Int(try read(UInt32.self)) {
            let word = try read(UInt64.self)
            guard let tag = UPOS(rawValue: Int(try read(UInt8.self))) else { throw ModelError(description: "grammar model has a bad tag") }
            dictionary[word] = tag
        }
        let first = try HashedPerceptron(reader: &reader)
        let second = try HashedPerceptron(reader: &reader)
        tagger = PartOfSpeechTagger(first: first, second: second, dictionary: dictionary)
    }
}
