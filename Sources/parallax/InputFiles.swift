import Foundation
import ParallaxCore

/// Turns the command line's INPUT arguments into files and their articles.
enum InputFiles {
    /// Every file the inputs name: folders' files (read recursively) first, then the files named
    /// loose. A missing input or an empty folder is an error.
    static func paths(_ inputs: [String]) -> (paths: [String], errors: [InputError]) {
        var paths: [String] = []
        var loose: [String] = []
        var errors: [InputError] = []
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                errors.append(InputError(source: input, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let found = files(under: input)
                if found.isEmpty { errors.append(InputError(source: input, message: "folder holds no files")) }
                paths += found
            } else {
                loose.append(input)
            }
        }
        return (paths + loose, errors)
    }

    /// Regular, non-hidden files below a folder, sorted by path.
    static func files(under folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
            paths.append(url.path)
        }
        return paths.sorted()
    }

    /// Every article in the files, in order: an unreadable file or a bad JSONL line goes to `onError`
    /// and the rest goes on; `onFile` follows each file (for progress).
    static func eachArticle(in paths: [String], limits: IngestLimits = .standard, onError: (InputError) -> Void, onFile: () -> Void = {},
                            _ body: (RawArticle) throws -> Void) rethrows {
        for path in paths {
            switch read(path) {
            case .failure(let error):
                onError(error)
            case .success(let document):
                let (articles, errors) = Ingest.read(document, limits: limits)
                errors.forEach(onError)
                for article in articles { try body(article) }
            }
            onFile()
        }
    }

    /// Every article in the files, the second under an id already seen reported and skipped.
    static func uniqueArticles(in paths: [String], limits: IngestLimits = .standard, onFile: () -> Void = {}) -> (articles: [RawArticle], errors: [InputError]) {
        var errors: [InputError] = []
        var articles: [RawArticle] = []
        var seen = Set<String>()
        eachArticle(in: paths, limits: limits, onError: { errors.append($0) }, onFile: onFile) { article in
            let unique = UniqueIDs.keepFirst([article], seen: &seen)
            articles += unique.kept
            errors += unique.errors
        }
        return (articles, errors)
    }

    /// Reads one file; an unreadable one is an error naming it.
    static func read(_ path: String) -> Result<InputDocument, InputError> {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
            return .success(InputDocument(name: path, bytes: [UInt8](data)))
        } catch {
            return .failure(InputError(source: path, message: "cannot read (\(error.localizedDescription))"))
        }
    }
}
