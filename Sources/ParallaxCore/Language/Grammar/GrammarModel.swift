/// The language stage's learned grammar: the part-of-speech tagger and the dependency parser,
/// trained on UD English EWT by `parallax train language` and shipped as two gzipped files, so that
/// what needs only tags (every `analyze`) loads only the tagger.
public struct GrammarModel: Sendable {
    public var tagger: PartOfSpeechTagger
    public var parser: DependencyParser
    /// The entity typer's lists of names; empty, names are typed from their words and context alone.
    public var gazetteer: Gazetteer

    public struct ModelError: Error, CustomStringConvertible {
        public var description: String
    }

    public init(tagger: PartOfSpeechTagger, parser: DependencyParser, gazetteer: Gazetteer = Gazetteer()) {
        self.tagger = tagger
        self.parser = parser
        self.gazetteer = gazetteer
    }

    /// Whether `other` is this very model, loaded once and shared (its weight tables are the same storage):
    /// then a parse made with one is the parse the other makes.
    func isSameModel(as other: GrammarModel) -> Bool {
        tagger.first.isSameTable(as: other.tagger.first) && tagger.second.isSameTable(as: other.tagger.second)
            && parser.transitions.isSameTable(as: other.parser.transitions) && parser.labeller.isSameTable(as: other.parser.labeller)
    }

    /// Fills UPOS, HEAD and DEPREL of each sentence's words, and entity tags (`NER=B-PER`, `I-ORG`,
    /// `O`) in MISC, keeping everything else as given.
    public func annotate(_ sentences: [CoNLLUSentence]) -> [CoNLLUSentence] {
        sentences.map { sentence in
            var sentence = sentence
            let forms = sentence.words.map(\.form)
            let tags = tagger.tag(forms)
            let tree = parser.parse(words: forms, tags: tags)
            var labels = Array(repeating: "O", count: forms.count)
            for entity in EntityTyper.entities(words: forms, tags: tags, gazetteer: gazetteer) {
                for index in entity.range { labels[index] = (index == entity.range.lowerBound ? "B-" : "I-") + entity.kind.nerLabel }
            }
            for index in sentence.words.indices {
                sentence.words[index].upos = tags[index].name
                sentence.words[index].head = tree.heads[index]
                sentence.words[index].deprel = tree.relations[index]
                let misc = sentence.words[index].misc
                sentence.words[index].misc = (misc == "_" || misc.isEmpty ? "" : misc + "|") + "NER=" + labels[index]
            }
            return sentence
        }
    }

    /// Checks a file's magic line and gives a reader past it, the bytes inflated if gzipped.
    static func reader(_ file: [UInt8], magic: [UInt8], what: String) throws -> ByteReader {
        let bytes = Gzip.isGzip(file) ? try Gzip.inflate(file, limit: 64 << 20) : file
        guard bytes.count > magic.count, Array(bytes[0..<magic.count]) == magic else { throw ModelError(description: "not a Parallax \(what)") }
        return ByteReader(bytes: bytes, offset: magic.count, what: what)
    }
}

extension EntityKind {
    /// Universal NER's label: PER, ORG, LOC (MISC for other names).
    public var nerLabel: String {
        switch self {
        case .person: "PER"
        case .organisation: "ORG"
        case .place: "LOC"
        case .other: "MISC"
        }
    }
}

extension PartOfSpeechTagger {
    static let magic = Array("parallax-pos-tagger 3\n".utf8)

    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        bytes.appendLittleEndian(UInt32(dictionary.count))
        for (word, tag) in dictionary.sorted(by: { $0.key < $1.key }) {
            bytes.appendLittleEndian(word)
            bytes.append(UInt8(tag.rawValue))
        }
        bytes.appendLittleEndian(UInt32(ambiguity.count))
        for (word, tags) in ambiguity.sorted(by: { $0.key < $1.key }) {
            bytes.appendLittleEndian(word)
            bytes.appendLittleEndian(tags)
        }
        return bytes + first.serialized() + second.serialized()
    }

    /// The file as shipped: gzipped.
    public func file() -> [UInt8] { Gzip.deflate(serialized()) }

    public init(file: [UInt8]) throws {
        var reader = try GrammarModel.reader(file, magic: Self.magic, what: "part-of-speech tagger")
        var dictionary: [UInt64: UPOS] = [:]
        for _ in 0..<Int(try reader.read(UInt32.self)) {
            let word = try reader.read(UInt64.self)
            guard let tag = UPOS(rawValue: Int(try reader.read(UInt8.self))) else { throw GrammarModel.ModelError(description: "tagger has a bad tag") }
            dictionary[word] = tag
        }
        var ambiguity: [UInt64: UInt32] = [:]
        let classes = Int(try reader.read(UInt32.self))
        ambiguity.reserveCapacity(classes)
        for _ in 0..<classes { ambiguity[try reader.read(UInt64.self)] = try reader.read(UInt32.self) }
        let first = try HashedPerceptron(reader: &reader)
        let second = try HashedPerceptron(reader: &reader)
        self.init(first: first, second: second, dictionary: dictionary, ambiguity: ambiguity)
    }
}

extension DependencyParser {
    static let magic = Array("parallax-dependency-parser 2\n".utf8)

    public func serialized() -> [UInt8] {
        var bytes = Self.magic
        bytes.appendLittleEndian(UInt32(relations.count))
        for relation in relations {
            let utf8 = Array(relation.utf8)
            bytes.append(UInt8(utf8.count))
            bytes += utf8
        }
        return bytes + transitions.serialized() + labeller.serialized()
    }

    public func file() -> [UInt8] { Gzip.deflate(serialized()) }

    public init(file: [UInt8]) throws {
        var reader = try GrammarModel.reader(file, magic: Self.magic, what: "dependency parser")
        var relations: [String] = []
        for _ in 0..<Int(try reader.read(UInt32.self)) {
            let length = Int(try reader.read(UInt8.self))
            var utf8: [UInt8] = []
            for _ in 0..<length { utf8.append(try reader.read(UInt8.self)) }
            relations.append(String(decoding: utf8, as: UTF8.self))
        }
        let transitions = try HashedPerceptron(reader: &reader)
        let labeller = try HashedPerceptron(reader: &reader)
        guard labeller.classes == relations.count, transitions.classes == Transition.allCases.count else {
            throw GrammarModel.ModelError(description: "the parser does not match its relations")
        }
        self.init(transitions: transitions, labeller: labeller, relations: relations)
    }
}
