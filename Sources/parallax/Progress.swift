import Foundation

/// Progress on stderr: a live bar on a terminal, a plain line now and then otherwise.
struct Progress {
    let total: Int
    let label: String
    let isTerminal = isatty(STDERR_FILENO) != 0
    private var lastReported = 0

    init(total: Int, label: String) {
        self.total = total
        self.label = label
    }

    mutating func update(_ done: Int) {
        guard total > 0 else { return }
        if isTerminal {
            let width = 30
            let filled = width * done / total
            let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
            FileHandle.standardError.write(Data("\r\(label) \(bar) \(done)/\(total)".utf8))
            if done >= total { FileHandle.standardError.write(Data("\n".utf8)) }
        } else if done - lastReported >= max(1, total / 10) || done == total {
            FileHandle.standardError.write(Data("\(label): \(done)/\(total)\n".utf8))
            lastReported = done
        }
    }
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
}
