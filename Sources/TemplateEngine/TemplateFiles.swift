import Diagnostics
import Foundation

/// Finding and reading template files on disk.
enum TemplateFiles {
    /// Paths of every regular, non-hidden file under `directory`, relative to it with `/`, sorted; empty if it does not exist.
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
            if manager.fileExists(atPath: directory + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    /// The UTF-8 text of a file, or an error naming it.
    static func read(_ path: String, display: String) -> Result<String, Diagnostic> {
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error("cannot read template", at: Location(path: display)))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            return .failure(.error("template is not valid UTF-8", at: Location(path: display)))
        }
        return .success(text)
    }
}
