import Foundation
import ParallaxCore

/// Turns the command line's INPUT arguments into stories of documents: a folder (read recursively)
/// is one story; loose files together make another.
enum InputFiles {
    struct Group {
        var id: String
        var paths: [String]
    }

    static func groups(_ inputs: [String]) -> (groups: [Group], errors: [InputError]) {
        var groups: [Group] = []
        var loose: [String] = []
        var errors: [InputError] = []
        let manager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                errors.append(InputError(source: input, message: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                let paths = files(under: input)
                if paths.isEmpty { errors.append(InputError(source: input, message: "folder holds no files")) }
                let name = URL(fileURLWithPath: input).standardizedFileURL.lastPathComponent
                groups.append(Group(id: name.isEmpty ? "story" : name, paths: paths))
            } else {
                loose.append(input)
            }
        }
        if !loose.isEmpty { groups.append(Group(id: groups.isEmpty ? "story" : "articles", paths: loose)) }
        return (groups, errors)
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
