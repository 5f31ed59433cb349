import Foundation

extension Encodable {
    /// One JSON line as every command writes it: sorted keys, slashes unescaped, a newline.
    func jsonLine() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(0x0A)
        return data
    }
}

/// A file of JSON lines that grows as a stream goes (story merges, stories leaving the window).
struct JSONLinesFile {
    let handle: FileHandle

    init(path: String) throws {
        FileManager.default.createFile(atPath: path, contents: nil)
        handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
    }

    func write(_ items: some Sequence<some Encodable>) throws {
        var lines = Data()
        for item in items { lines.append(try item.jsonLine()) }
        if !lines.isEmpty { handle.write(lines) }
    }
}
