import Foundation
import ParallaxCore
import Testing

/// Behaviours of HTML extraction on real pages of the benchmark's dev half, written from what each page shows.
@Suite struct ExtractionTests {
    static func page(_ prefix: String) throws -> Article {
        let folder = SharedData.url("eval/extraction/html")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix(prefix) })
        let raw = try #require(Ingest.read(try SharedData.document("eval/extraction/html/" + name)).articles.first)
        return Extract.article(from: raw)
    }

    static func body(_ article: Article) -> String {
        article.blocks.filter { $0.role == .body }.map { article.text.slice($0.span) }.joined(separator: "\n")
    }

    @Test func jsonLDDateIsPreferredOverMetaTags() throws {
        // JSON-LD says 2017-12-06T16:54:11+00:00; article:published_time says 09:54.
        let article = try Self.page("4219d096902d")
        #expect(article.published == PartialDate(year: 2017, month: 12, day: 6, hour: 16, minute: 54))
        #expect(article.publishedSource == "json-ld")
    }

    @Test func aLessTrustedSourceAddsATimeOnlyWhenItAgrees() throws {
        // JSON-LD gives "November 19, 2019" (a day); the meta tag gives 2019-11-19T11:21:08 for the same day.
        let article = try Self.page("8e3efab59f48")
        #expect(article.published == PartialDate(year: 2019, month: 11, day: 19, hour: 11, minute: 21))
        #expect(article.publishedSource == "json-ld+meta")
    }

    @Test func aYearAndMonthInTheAddressStayAMonth() throws {
        // The address of a LinkNaija page in the ground truth: /2018/10/… names no day.
        let article = try Self.page("34a7328535ad")
        let url = try #require(article.url)
        #expect(url.contains("/2018/10/"))
        let date = try #require(URLDate.date(in: url))
        #expect(date == PartialDate(year: 2018, month: 10))
        #expect(date.precision == .month)
    }

    @Test func figureCaptionIsDropped() throws {
        // Al Jazeera: the lander illustration's caption sits above the first paragraph.
        let body = Self.body(try Self.page("42aad16bde92"))
        #expect(body.hasPrefix("Washington, DC, United States: Getting to the Moon"))
        #expect(!body.contains("This illustration of SpaceX's concept"))
    }

    @Test func agencyInTheBylineIsACreditNotAnAuthor() throws {
        // "By JANIE HAR" for the Associated Press: the author is the reporter, AP is credited.
        let article = try Self.page("d0382c0d95")
        #expect(article.authors == ["JANIE HAR"])
        #expect(article.credits.contains("AP"))
    }

    @Test func pageInADeclaredLegacyCharsetReadsLikeItsUTF8Original() throws {
        // A Russian page of the dev half, transcoded to windows-1251 with its meta charset changed to say so.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: SharedData.url("eval/extraction/html").path)
            .first { $0.hasPrefix("c4a3637c6696") })
        let original = try #require(Ingest.read(try SharedData.document("eval/extraction/html/" + name)).articles.first)
        let utf8Body = Self.body(Extract.article(from: original))
        let relabelled = original.content
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"windows-1251\"", options: .caseInsensitive)
            .replacingOccurrences(of: "charset=utf-8", with: "charset=windows-1251", options: .caseInsensitive)
        #expect(Charset.declared(in: Array(relabelled.utf8)) == "windows-1251")
        let legacy = try Self.iconv(relabelled, to: "WINDOWS-1251")
        #expect(String(validating: legacy, as: UTF8.self) == nil)
        let (raws, errors) = Ingest.read(InputDocument(name: "legacy.html", bytes: legacy))
        #expect(errors.isEmpty)
        let body = Self.body(Extract.article(from: try #require(raws.first)))
        #expect(body.hasPrefix("Характеристики бега"))
        #expect(body == utf8Body)
    }

    @Test func pageWithNoArticleGivesAnEmptyBodyWithAReason() throws {
        // The Al Jazeera page cut after its <head>: metadata but no article.
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: SharedData.url("eval/extraction/html").path)
            .first { $0.hasPrefix("42aad16bde92") })
        let page = try #require(Ingest.read(try SharedData.document("eval/extraction/html/" + name)).articles.first)
        let end = try #require(page.content.range(of: "</head>"))
        var headOnly = page
        headOnly.content = String(page.content[..<end.upperBound]) + "<body></body></html>"
        let article = Extract.article(from: headOnly)
        #expect(article.text.count == 0)
        #expect(article.emptyReason != nil)
        #expect(article.title == "NASA’s commercial moon shot: Musk's and Bezos's firms to bid")
    }

    static func iconv(_ text: String, to charset: String) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-c", "-f", "UTF-8", "-t", charset]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let writer = Thread { input.fileHandleForWriting.write(Data(text.utf8)); try? input.fileHandleForWriting.close() }
        writer.start()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
