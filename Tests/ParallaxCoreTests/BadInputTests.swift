import Foundation
import ParallaxCore
import Testing

/// Bad input gives one clear error naming the input, never a crash; the rest of the batch goes on.
@Suite struct BadInputTests {
    func read(_ bytes: [UInt8], name: String = "input.txt") -> (articles: [RawArticle], errors: [InputError]) {
        Ingest.read(InputDocument(name: name, bytes: bytes))
    }

    @Test func emptyFileIsAnErrorNamingIt() {
        let result = read(Array("  \n\n".utf8), name: "empty.txt")
        #expect(result.articles.isEmpty)
        #expect(result.errors.map(\.description) == ["empty.txt: empty file"])
    }

    @Test func binaryFileIsRejectedEvenWithAnHTMLName() {
        // The first bytes of a PNG image.
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        let result = read(png + [UInt8](repeating: 7, count: 200), name: "page.html")
        #expect(result.articles.isEmpty)
        #expect(result.errors.first?.description.hasPrefix("page.html: binary file") == true)
    }

    @Test func invalidUTF8SaysWhere() {
        // "café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
        let result = read(Array("Le caf".utf8) + [0xE9] + Array(" est ouvert.".utf8), name: "latin1.txt")
        #expect(result.articles.isEmpty)
        #expect(result.errors.map(\.description) == ["latin1.txt: invalid UTF-8 at byte 6"])
    }

    @Test func hundredMegabyteFileIsRefusedQuickly() {
        let line = Array("word ".utf8)
        var huge: [UInt8] = []
        huge.reserveCapacity(100 * 1_048_576)
        while huge.count < 100 * 1_048_576 { huge += line }
        let result = read(huge, name: "huge.txt")
        #expect(result.articles.isEmpty)
        #expect(result.errors.first?.description.contains("larger than") == true)
    }

    @Test func malformedJSONLLineIsReportedAndTheOthersKept() throws {
        let seed = try String(contentsOf: SharedData.url("corpus/seeds/001_d7db726c88ae4a2e.txt"), encoding: .utf8)
        let good = String(data: try JSONSerialization.data(withJSONObject: ["id": "mt", "text": seed, "outlet": "The Moscow Times"]), encoding: .utf8)!
        let jsonl = good + "\n{\"id\": \"broken\", \"text\": \"unterminated\n" + good.replacingOccurrences(of: "\"mt\"", with: "\"mt2\"") + "\n"
        let result = read(Array(jsonl.utf8), name: "feed.jsonl")
        #expect(result.articles.map(\.id) == ["mt", "mt2"])
        #expect(result.errors.map(\.description) == ["feed.jsonl:2: not a JSON object"])
    }

    @Test func truncatedGzipIsAnErrorNotACrash() throws {
        // A real gzip of a seed article, cut in half.
        let gzip = try Self.gzip(try Data(contentsOf: SharedData.url("corpus/seeds/000_6933a0bde03eaa55.txt")))
        let whole = read(gzip, name: "a.txt.gz")
        #expect(whole.errors.isEmpty && whole.articles.count == 1)
        let result = read(Array(gzip.prefix(gzip.count / 2)), name: "a.txt.gz")
        #expect(result.articles.isEmpty)
        #expect(result.errors.map(\.description) == ["a.txt.gz: truncated gzip stream"])
    }

    @Test func deeplyNestedHTMLIsReadWithoutOverflow() {
        let html = "<html><body>" + String(repeating: "<div>", count: 10_000) + "<p>Deep inside the page, one sentence stands alone here.</p>"
            + String(repeating: "</div>", count: 10_000) + "</body></html>"
        let result = read(Array(html.utf8), name: "deep.html")
        #expect(result.errors.isEmpty)
        let article = Extract.article(from: result.articles[0])
        // The tree is walked without recursion, so the paragraph at depth 10,000 is read like any other.
        #expect(article.text.string == "Deep inside the page, one sentence stands alone here.")
        let report = Analysis.report([Analysis.StoryInput(id: "deep", articles: result.articles)])
        #expect(report.stories.count == 1)
    }

    @Test func unbalancedAndMixedQuotesGiveSaneQuotes() throws {
        // Seed 000 mixes curly and straight marks and leaves quotes open across paragraphs.
        let article = try SharedData.seedArticle("000")
        let language = Language.analyse(article, breaker: TextBreaker())
        let quotes = AttributionFinder.analyse(article, language: language).quotes
        #expect(quotes.contains { $0.text == "His behavior at the moment of an attempt on his life left an impression on me" })
        #expect(quotes.allSatisfy { !$0.text.contains("\n") })
    }

    static func gzip(_ data: Data) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-c"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](result)
    }
}
