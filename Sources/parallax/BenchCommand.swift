import ArgumentParser
import Dispatch
import Foundation
import ParallaxCore

struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure throughput against a peer in the same run (use a release build).",
        subcommands: [BenchExtract.self])
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
        _ = pass()
        let seconds = (0..<passes).map { _ in pass() }.sorted()[passes / 2]
        let pagesPerSecond = Double(raws.count) / seconds
        print(String(format: "parallax extract: %d pages, %.1f MB, median of %d passes %.3f s: %.1f pages/s, %.2f MB/s (one core)",
                     raws.count, megabytes, passes, seconds, pagesPerSecond, megabytes / seconds))
        guard !noPeer else { return }
        let peer = try PeerBench.trafilatura(pages: paths, passes: passes, venv: venv)
        print(String(format: "trafilatura %@: median %.3f s: %.1f pages/s", peer.version, peer.seconds, Double(raws.count) / peer.seconds))
        print(String(format: "ratio: parallax is %.1fx trafilatura", peer.seconds / seconds))
    }
}

/// Times the peer in Python on the same pages, decompressed into memory first.
enum PeerBench {
    static let script = """
    import gzip, sys, time, statistics, importlib.metadata
    import trafilatura
    paths = sys.argv[2:]
    passes = int(sys.argv[1])
    pages = []
    for p in paths:
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
    print(importlib.metadata.version('trafilatura'), statistics.median(one() for _ in range(passes)))
    """

    static func trafilatura(pages: [String], passes: Int, venv: String) throws -> (version: String, seconds: Double) {
        let python = venv + "/bin/python"
        if !FileManager.default.fileExists(atPath: python) {
            FileHandle.standardError.write(Data("setting up the peer in \(venv) (python3 -m venv; pip install trafilatura lxml_html_clean)\n".utf8))
            try shell(["python3", "-m", "venv", venv])
            try shell([python, "-m", "pip", "install", "--quiet", "trafilatura", "lxml_html_clean"])
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("parallax-peer-\(getpid()).py")
        try script.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let output = try shell([python, file.path, String(passes)] + pages)
        let words = output.split(whereSeparator: \.isWhitespace)
        guard words.count >= 2, let seconds = Double(words[words.count - 1]) else { throw ValidationError("peer printed: \(output)") }
        return (String(words[words.count - 2]), seconds)
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
