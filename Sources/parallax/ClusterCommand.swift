import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxModels

/// One article's story, in the clustering scorer's format plus the story's title and the evidence.
struct ClusterRecord: Encodable {
    var id: String
    var story: String
    var storyTitle: String?
    var similarity: Float
    var dayGap: Int?
    var evidence: [StoryEvidence]
    /// The larger subject the story belongs to (batch mode).
    var coverage: String?

    init(id: String, assignment: StoryAssignment, storyTitle: String?) {
        self.id = id
        story = assignment.story
        coverage = assignment.coverage
        self.storyTitle = storyTitle
        similarity = (assignment.similarity * 1000).rounded() / 1000
        dayGap = assignment.dayGap
        evidence = assignment.evidence
    }
}

/// Reads inputs into articles, clusters them, and gives one record per article in input order.
enum StoryClustering {
    struct Result {
        var articles: [Article]
        var assignments: [StoryAssignment]
        var coverages: [StoryCoverage]
        var errors: [InputError]
    }

    static func run(_ inputs: [String], settings: Settings = .standard, background: BackgroundFrequencies? = nil) -> Result {
        let (paths, fileErrors) = InputFiles.paths(inputs)
        let (raws, readErrors) = InputFiles.uniqueArticles(in: paths, limits: settings.ingest)
        let articles = raws.map { Extract.article(from: $0, settings: settings.extract) }
        let clustered = StoryBatch.cluster(articles, settings: settings.stories, background: background)
        return Result(articles: articles, assignments: clustered.assignments, coverages: clustered.coverages, errors: fileErrors + readErrors)
    }

    static func records(_ result: Result) -> [ClusterRecord] {
        var titles: [String: String] = [:]
        for (article, assignment) in zip(result.articles, result.assignments) where assignment.opened {
            titles[assignment.story] = article.title
        }
        return zip(result.articles, result.assignments).map { article, assignment in
            ClusterRecord(id: article.id, assignment: assignment, storyTitle: titles[assignment.story])
        }
    }
}

struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group articles into stories: one JSONL line per article with its story, the story's title and the evidence.")

    @Argument(help: "Files or folders of articles: .txt, .html/.htm (optionally .gz), .jsonl.")
    var inputs: [String]

    @OptionGroup var settingsOptions: SettingsOptions

    @Flag(help: "Read JSONL inputs (or - for standard input) line by line in publication order and write each article's story at once: memory stays flat on millions of lines; word frequencies are learnt as the stream goes.")
    var stream = false

    @Option(help: "With --stream, write each story merge here as a JSON line {\"from\", \"into\"}: articles already written under `from` belong to `into`.")
    var merges: String?

    @Option(help: "With --stream, write each story that leaves the active window here as a JSON line (its id, title, dates and centroid), so a later run can bring it back.")
    var closed: String?

    @Option(help: "With --stream, stories to bring back into the window before the stream starts: a file written by --closed.")
    var reopen: String?

    @Option(help: "Without --stream, write each coverage (stories of one larger subject) here as a JSON line: its id, its stories, and the links that joined them with the rare names both stories name.")
    var coverages: String?

    @OptionGroup var backgroundOption: BackgroundOption

    func validate() throws {
        if stream, coverages != nil { throw ValidationError("--coverages needs the whole batch: it cannot be used with --stream.") }
    }

    func run() throws {
        if stream { return try runStream() }
        let settings = try settingsOptions.load()
        let prior = try backgroundOption.load(settings)
        let result = StoryClustering.run(inputs, settings: settings, background: prior)
        for error in result.errors { printError(error.description) }
        var output = Data()
        for record in StoryClustering.records(result) { output.append(try record.jsonLine()) }
        FileHandle.standardOutput.write(output)
        if let coverages {
            var lines = Data()
            for coverage in result.coverages { lines.append(try coverage.jsonLine()) }
            try lines.write(to: URL(fileURLWithPath: coverages))
        }
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}

extension ClusterCommand {
    func runStream() throws {
        let settings = try settingsOptions.load()
        let prior = try backgroundOption.load(settings)
        var stream = try StreamClustering(settings: settings, background: prior, merges: merges, closed: closed)
        if let reopen { try stream.reopen(reopen) }
        for input in inputs { try stream.read(input) }
        try stream.finish()
        if stream.failed > 0 { throw ExitCode(1) }
    }
}

/// `cluster --stream`: JSONL read line by line, each article placed and its record written at once,
/// so memory stays flat; stories leaving the window and merges go to their side files as they happen.
struct StreamClustering {
    let settings: Settings
    var clusterer: StoryClusterer
    var words = StoryWordCache()
    let breaker = TextBreaker()
    /// Only ids, not articles, are remembered: a duplicate is still reported and skipped.
    var seen = Set<String>()
    var failed = 0
    var mergesWritten = 0
    let mergeFile: JSONLinesFile?
    let closedFile: JSONLinesFile?
    var output = Data()

    init(settings: Settings, background: BackgroundFrequencies?, merges: String?, closed: String?) throws {
        self.settings = settings
        clusterer = StoryClusterer(settings: settings.stories, background: background)
        mergeFile = try merges.map(JSONLinesFile.init(path:))
        closedFile = try closed.map(JSONLinesFile.init(path:))
    }

    /// Stories a `--closed` file kept, back in the window under their ids.
    mutating func reopen(_ path: String) throws {
        var lines = try LineStream(path: path)
        while let line = lines.next() {
            guard !line.isEmpty else { continue }
            clusterer.reopen(try JSONDecoder().decode(StorySnapshot.self, from: Data(line.utf8)))
        }
    }

    /// One input, line by line; a bad file or line is one error and the rest goes on.
    mutating func read(_ input: String) throws {
        var lines: LineStream
        do { lines = try LineStream(path: input) } catch {
            return fail("\(input): cannot read (\(error.localizedDescription))")
        }
        // Judged by its first chunk, as the batch reader judges a whole file: reported once, not line by line.
        let kind = ContentSniffer.kind(of: lines.head(), limits: settings.ingest)
        if kind == .binary || (kind == .empty && input != "-") {
            return fail("\(input): \(kind == .binary ? "binary file, not JSONL" : "empty file")")
        }
        var number = 0
        while let line = lines.next() {
            number += 1
            switch JSONLReader.article(line: line, number: number, source: input, limits: settings.ingest) {
            case .success(let raw?): try place(raw)
            case .success(nil): continue
            case .failure(let error): fail(error.description)
            }
        }
    }

    mutating func fail(_ message: String) {
        printError(message)
        failed += 1
    }

    /// One article into its story; its record, closed stories and merges written at once.
    mutating func place(_ raw: RawArticle) throws {
        if let duplicate = UniqueIDs.keepFirst([raw], seen: &seen).errors.first { return fail(duplicate.description) }
        let article = Extract.article(from: raw, settings: settings.extract)
        let features = StoryFeatureExtractor.features(of: article, settings: settings.stories, words: &words, breaker: breaker)
        let assignment = clusterer.add(features, id: article.id, title: article.title)
        try closedFile?.write(clusterer.takeClosed())
        output.append(try ClusterRecord(id: article.id, assignment: assignment, storyTitle: nil).jsonLine())
        if output.count > 1 << 20 { flush() }
        try mergeFile?.write(clusterer.merges[mergesWritten...])
        mergesWritten = clusterer.merges.count
    }

    mutating func flush() {
        FileHandle.standardOutput.write(output)
        output.removeAll(keepingCapacity: true)
    }

    /// The last records, and the stories still active stored too, so that `--reopen` goes on where this run stopped.
    mutating func finish() throws {
        flush()
        clusterer.closeAll()
        try closedFile?.write(clusterer.takeClosed())
    }
}

struct EvalClustering: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clustering", abstract: "Score story clustering on the labelled sets (the gold story is never read to predict).")

    @Option(help: "Folder with <set>.dev.jsonl files and score.py.")
    var dir = "../shared/eval/clustering"

    @Option(help: "Sets to run.")
    var sets = "basil,giveme5w1h,uci-news,wikiref220"

    @Option(help: "Floors as set=F1 pairs, comma-separated (basil=0.95,uci-news=0.85): exit 1 below any.")
    var minF1 = ""

    @OptionGroup var settingsOptions: SettingsOptions

    @Option(help: "Floor on B-cubed precision for every set.")
    var minPrecision: Double?

    @OptionGroup var backgroundOption: BackgroundOption

    @Flag(help: "Also score what a user who gathers folders sees: each story of 3 or more articles clustered alone (kept together) and folders of 4 stories (mixed B-cubed F1).")
    var folders = false

    @Option(help: "With --folders, floors on kept-together (read at the coverage level) as set=share pairs.")
    var minKept = ""

    @Option(help: "With --folders, floors on mixed-folder B-cubed F1 (read at the coverage level) as set=F1 pairs.")
    var minMixed = ""

    @Option(help: "Floors on the coverage level's B-cubed F1 as set=F1 pairs.")
    var minCoverageF1 = ""

    @Option(help: "Floor on the coverage level's B-cubed precision for every set.")
    var minCoveragePrecision: Double?

    static func floors(_ text: String) -> [String: Double] {
        Dictionary(text.split(separator: ",").compactMap { pair -> (String, Double)? in
            let parts = pair.split(separator: "=")
            guard parts.count == 2, let value = Double(parts[1]) else { return nil }
            return (String(parts[0]), value)
        }, uniquingKeysWith: { $1 })
    }

    func run() throws {
        let floors = Self.floors(minF1)
        let keptFloors = Self.floors(minKept), mixedFloors = Self.floors(minMixed), coverageFloors = Self.floors(minCoverageF1)
        var failures: [String] = []
        // Read once for every set.
        let settings = try settingsOptions.load()
        let prior = try backgroundOption.load(settings)
        for set in sets.split(separator: ",").map(String.init) {
            let gold = "\(dir)/\(set).dev.jsonl"
            let started = Date()
            let result = StoryClustering.run([gold], settings: settings, background: prior)
            let seconds = Date().timeIntervalSince(started)
            let predictions = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-clusters-\(getpid()).jsonl")
            defer { try? FileManager.default.removeItem(at: predictions) }
            // One level's predictions through the set's scorer, its line printed and its floors checked.
            func score(_ level: String, cells: [String], f1Floor: Double?, precisionFloor: Double?) throws {
                var output = Data()
                for (article, cell) in zip(result.articles, cells) { output.append(try ["id": article.id, "story": cell].jsonLine()) }
                try output.write(to: predictions)
                let line = try Scorer.run(script: dir + "/score.py", arguments: ["--gold", gold, "--pred", predictions.path])
                print("\(set)\(level): \(line)")
                let f1 = Scorer.figure("bcubed-F1", in: line) ?? 0
                let precision = Scorer.figure("P", in: line) ?? 0
                if let f1Floor, f1 < f1Floor { failures.append("\(set)\(level) B-cubed F1 \(f1) < \(f1Floor)") }
                if let precisionFloor, precision < precisionFloor { failures.append("\(set)\(level) B-cubed P \(precision) < \(precisionFloor)") }
            }
            try score("", cells: result.assignments.map(\.story), f1Floor: floors[set], precisionFloor: minPrecision)
            try score(" coverage", cells: result.assignments.map { $0.coverage ?? $0.story }, f1Floor: coverageFloors[set],
                      precisionFloor: minCoveragePrecision)
            FileHandle.standardError.write(Data(String(format: "%@: %d articles in %.2f s\n", set, result.articles.count, seconds).utf8))
            guard folders else { continue }
            let levels = FolderEval.figures(result.articles, gold: try FolderEval.goldLabels(gold), settings: settings, background: prior)
            print("\(set) folders, stories: \(levels.story.line)")
            print("\(set) folders, coverages: \(levels.coverage.line)")
            let figures = levels.coverage
            if let floor = keptFloors[set], figures.keptTogether < floor { failures.append("\(set) kept together \(figures.keptTogether) < \(floor)") }
            if let floor = mixedFloors[set], figures.mixed < floor { failures.append("\(set) mixed F1 \(figures.mixed) < \(floor)") }
        }
        if !failures.isEmpty { throw ValidationError(failures.joined(separator: "; ")) }
    }
}
