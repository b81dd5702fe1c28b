import Diagnostics
import Foundation

/// Finding and reading template files on disk.
enum TemplateFiles {
    /// Paths of every regular, non-hidden file under `directory`, relative to it with `/`, sorted; empty if it does not exist.
    /// A link to a folder outside `directory` is listed too (it is not walked), so that reading it names it as an error.
    static func list(in directory: String) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue,
              let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let parts = relative.split(separator: "/")
            if parts.contains(where: { $0.hasPrefix(".") }) { continue }
            var isDir: ObjCBool = false
            guard manager.fileExists(atPath: directory + "/" + relative, isDirectory: &isDir) else { continue }
            if !isDir.boolValue || outsideTarget(of: relative, in: directory) != nil { files.append(relative) }
        }
        return files.sorted()
    }

    /// The UTF-8 text of `file` under `directory`, or an error naming it; a file reached through a symbolic link
    /// must lie inside `directory` (else a theme could publish any file the builder can read).
    static func read(_ file: String, in directory: String, display: String) -> Result<String, Diagnostic> {
        if let target = outsideTarget(of: file, in: directory) {
            return .failure(.error("E-TEMPLATE-OUTSIDE-LINK", ["target": target], at: Location(path: display)))
        }
        // The checked path itself is read, so a link changed since the check cannot lead elsewhere by its last name.
        return read(realPath(directory + "/" + file) ?? directory + "/" + file, display: display)
    }

    /// Where `file` under `directory` really lies when that is outside `directory` (through a link); nil when inside or missing.
    private static func outsideTarget(of file: String, in directory: String) -> String? {
        guard let folder = realPath(directory), let target = realPath(directory + "/" + file) else { return nil }
        return target.hasPrefix(folder == "/" ? "/" : folder + "/") ? nil : target
    }

    /// The UTF-8 text of a file, or an error naming it.
    static func read(_ path: String, display: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("E-TEMPLATE-READ", at: Location(path: display)))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(.error("E-TEMPLATE-NOT-UTF8", at: Location(path: display)))
        }
        return .success(text)
    }

    /// The canonical absolute path (links resolved), or nil when it does not exist.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
