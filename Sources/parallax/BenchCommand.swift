import ArgumentParser
import Dispatch
import Foundation
import ParallaxCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure throughput against a peer in the same run (use a release build).",
        subcommands: [BenchExtract.self, BenchCluster.self, BenchLanguage.self])
}

/// Extraction throughput over the benchmark pages, with trafilatura timed on the same pages in the same run.
struct BenchExtract: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "extract", abstract: "HTML extraction: pages/s and MB/s, and the ratio to trafilatura.")

    @Option(help: "Folder of HTML pages (.html, .html.gz).")
    var dir = "../shared/eval/extraction/html"

    @Option(help: "Timed passes over all pages; the median is reported.")
    var passes = 7

    @Flag(help: "Do not time the peer.")
    var noPeer = false

    @Flag(help: "Time libxml2's parse alone (the floor under extraction).")
    var parseOnly = false

    @Option(help: "Where the peer's throwaway virtual environment lives.")
    var venv = ".build-bench/venv"

    func run() throws {
        let paths = InputFiles.files(under: dir)
        let raws = paths.compactMap { path -> RawArticle? in
            guard case .success(let document) = InputFiles.read(path) else { return nil }
            return Ingest.read(document).articles.first
        }
        let megabytes = Double(raws.reduce(0) { $0 + $1.content.utf8.count }) / 1_048_576
        func pass() -> Double {
            let start = DispatchTime.now().uptimeNanoseconds
            var characters = 0
            for raw in raws { characters += parseOnly ? (HTMLExtractor.parseOnly(raw) ? 1 : 0) : Extract.article(from: raw).text.count }
            precondition(characters > 0)
            return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        }
        // The machine's speed drifts (shared cores): the peer, when timed, runs its pass right after
        // each of ours, and the ratio is the median of the pairs' ratios.
        let peer = noPeer ? nil : try PeerBench(pages: paths, venv: venv)
        _ = pass()
        var ours: [Double] = []
        var theirs: [Double] = []
        for _ in 0..<passes {
            ours.append(pass())
            if let peer { theirs.append(try peer.pass()) }
        }
        let seconds = median(ours)
        print(String(format: "parallax extract: %d pages, %.1f MB, median of %d passes %.3f s: %.1f pages/s, %.2f MB/s (one core)",
                     raws.count, megabytes, passes, seconds, Double(raws.count) / seconds, megabytes / seconds))
        guard let peer else { return }
        peer.finish()
        let peerSeconds = median(theirs)
        print(String(format: "trafilatura %@: median %.3f s: %.1f pages/s", peer.version, peerSeconds, Double(raws.count) / peerSeconds))
        let ratios = zip(theirs, ours).map { $0 / $1 }
        print(String(format: "ratio: parallax is %.1fx trafilatura (median of %d paired passes; range %.1f–%.1f)",
                     median(ratios), ratios.count, ratios.min()!, ratios.max()!))
    }
}

/// The middle of timed passes (the upper middle for an even count), as every bench reports it.
func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

/// The peer in Python on the same pages, decompressed into memory first, kept running so that
/// each of its passes can be timed right beside one of ours.
final class PeerBench {
    static let script = """
    import gzip, sys, time, importlib.metadata
    import trafilatura
    pages = []
    for p in sys.argv[1:]:
        raw = open(p, 'rb').read()
        if p.endswith('.gz'):
            raw = gzip.decompress(raw)
        pages.append(raw.decode('utf-8', errors='replace'))
    def one():
        start = time.perf_counter()
        for html in pages:
            trafilatura.extract(html, include_comments=False)
        return time.perf_counter() - start
    one()
    print(importlib.metadata.version('trafilatura'), flush=True)
    for line in sys.stdin:
        print(one(), flush=True)
    """

    let version: String
    private let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private var buffered = Data()
    private let scriptFile: URL

    convenience init(pages: [String], venv: String) throws {
        try self.init(script: Self.script, arguments: pages, venv: venv, packages: ["trafilatura", "lxml_html_clean"])
    }

    /// A Python peer: `script` prints its version, then one pass's seconds for each line it reads;
    /// `packages` are installed from PyPI into the throwaway `venv` the first time.
    init(script: String, arguments: [String], venv: String, packages: [String]) throws {
        let python = venv + "/bin/python"
        if !FileManager.default.fileExists(atPath: python) {
            FileHandle.standardError.write(Data("setting up the peer in \(venv) (python3 -m venv; pip install \(packages.joined(separator: " ")))\n".utf8))
            try Self.shell(["python3", "-m", "venv", venv])
            try Self.shell([python, "-m", "pip", "install", "--quiet"] + packages)
        }
        scriptFile = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-peer-\(getpid()).py")
        try script.write(to: scriptFile, atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [scriptFile.path] + arguments
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        version = try Self.readLine(from: output, buffer: &buffered)
    }

    /// One timed pass of the peer over all pages, in seconds.
    func pass() throws -> Double {
        input.fileHandleForWriting.write(Data("pass\n".utf8))
        let line = try Self.readLine(from: output, buffer: &buffered)
        guard let seconds = Double(line) else { throw ValidationError("peer printed: \(line)") }
        return seconds
    }

    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: scriptFile)
    }

    private static func readLine(from pipe: Pipe, buffer: inout Data) throws -> String {
        while true {
            if let newline = buffer.firstIndex(of: 10) {
                let line = String(decoding: buffer[buffer.startIndex..<newline], as: UTF8.self)
                buffer = Data(buffer[buffer.index(after: newline)...])
                return line.trimmingCharacters(in: .whitespaces)
            }
            let chunk = pipe.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw ValidationError("the peer stopped before answering") }
            buffer.append(chunk)
        }
    }

    @discardableResult
    static func shell(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw ValidationError("\(arguments.prefix(3).joined(separator: " ")) failed") }
        return String(decoding: data, as: UTF8.self)
    }
}
