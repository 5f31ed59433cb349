import Foundation
import Testing
@testable import ParallaxCore

/// Settings files: what a file leaves out keeps its shipped value, and a misspelt name is an error.
struct SettingsTests {
    @Test func aFileChangesOnlyWhatItNames() throws {
        let json = #"{"stories": {"joinThreshold": 0.3}, "compare": {"digest": {"maxSentences": 3}}}"#
        let settings = try Settings.fromJSON(Data(json.utf8))
        #expect(settings.stories.joinThreshold == 0.3)
        #expect(settings.compare.digest.maxSentences == 3)
        #expect(settings.compare.digest.minSentences == Settings.standard.compare.digest.minSentences)
        #expect(settings.extract.html.minKeptLength == Settings.standard.extract.html.minKeptLength)
        // The shipped settings, written out and read back, are the shipped settings.
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let written = try encoder.encode(Settings.standard)
        let again = try encoder.encode(Settings.fromJSON(written))
        #expect(again == written, "\(String(decoding: again, as: UTF8.self)) vs \(String(decoding: written, as: UTF8.self))")
    }

    @Test func aMisspeltOrMistypedSettingIsAnError() {
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data(#"{"stories": {"joinThreshhold": 0.3}}"#.utf8)) }
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data(#"{"stories": {"joinThreshold": "high"}}"#.utf8)) }
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data("[1, 2]".utf8)) }
    }

    @Test func aDigestSettingChangesTheDigest() throws {
        var settings = Settings.standard
        settings.compare.digest.maxSentences = 3
        let raws = try SharedData.seedArticles()
        let shipped = Analysis.storyReport(id: "seeds", Analysis.analyse(raws))
        let short = Analysis.storyReport(id: "seeds", Analysis.analyse(raws, settings: settings), settings: settings)
        #expect(shipped.digest.count > 3)
        #expect(short.digest.count == 3)
        #expect(short.digest.map(\.text) == Array(shipped.digest.prefix(3)).map(\.text))
    }
}

extension SettingsTests {
    @Test func valuesNoStageCanUseAreRefusedNotCrashedOn() {
        #expect(Settings.standard.problems.isEmpty)
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data(#"{"language": {"minYear": 2100, "maxYear": 1900}}"#.utf8)) }
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data(#"{"attribution": {"sourceAfterVerb": 0}}"#.utf8)) }
        #expect(throws: Settings.Failure.self) { try Settings.fromJSON(Data(#"{"compare": {"conflicts": {"maxSlotCharacters": 2}}}"#.utf8)) }
    }
}
