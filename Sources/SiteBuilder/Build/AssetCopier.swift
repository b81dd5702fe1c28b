import Diagnostics
import Foundation
import SiteOutput

/// Copies `content/assets/**` to `assets/` and the theme's `assets/**` to `assets/theme/`: regular files only,
/// symlinks refused, hidden files skipped, every path checked to stay inside the output.
enum AssetCopier {
    /// Copies both trees into `staging` (the staging folder, or `check`'s sink that only checks each copy could be made);
    /// theme folders are searched in order (the shop's `templates/assets` first), file by file.
    static func copy(contentAssets: String, themeAssets: [String], into staging: some PageSink) -> (files: Int, errors: [Diagnostic]) {
        var errors: [Diagnostic] = [], files = 0
        for file in walk(contentAssets, display: "content/assets", errors: &errors) {
            do throws(Diagnostic) {
                try staging.copyFile(from: contentAssets + "/" + file, to: "assets/" + file)
                files += 1
            } catch { errors.append(.error(error.code, error.arguments, at: Location(path: "content/assets/" + file))) }
        }
        var seen: Set<String> = []
        for (position, folder) in themeAssets.enumerated() {
            let display = position == 0 ? "templates/assets" : "theme/assets"
            for file in walk(folder, display: display, errors: &errors) where seen.insert(file).inserted {
                do throws(Diagnostic) {
                    try staging.copyFile(from: folder + "/" + file, to: "assets/theme/" + file)
                    files += 1
                } catch { errors.append(.error(error.code, error.arguments, at: Location(path: display + "/" + file))) }
            }
        }
        return (files, errors)
    }

    /// Relative paths of the regular files under `root`, sorted; symlinks and odd names are errors.
    static func walk(_ root: String, display: String, errors: inout [Diagnostic]) -> [String] {
        var found: [String] = []
        func visit(_ relative: String) {
            let full = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                guard isSafe(child) else {
                    errors.append(.error("E-ASSET-NAME", at: Location(path: display + "/" + child)))
                    continue
                }
                var info = stat()
                guard lstat(root + "/" + child, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK:
                    errors.append(.error("E-ASSET-SYMLINK", at: Location(path: display + "/" + child)))
                case S_IFDIR: visit(child)
                case S_IFREG: found.append(child)
                default:
                    errors.append(.error("E-ASSET-NOT-FILE", at: Location(path: display + "/" + child)))
                }
            }
        }
        var info = stat()
        if lstat(root, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFLNK {
                errors.append(.error("E-ASSETS-FOLDER-SYMLINK", at: Location(path: display)))
                return []
            }
            visit("")
        }
        return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// A logo or image path a page may link to: `isSafe`, and not starting with what a browser reads as a URL scheme
    /// (`https:evil.example/x.png`, `javascript:…`, `data:…`), which `{{ root }}` in front of it cannot make relative
    /// on a page at the site root.
    static func isSafeImage(_ path: String) -> Bool {
        isSafe(path) && !startsWithScheme(path)
    }

    /// Whether `text` starts with `[A-Za-z][A-Za-z0-9+.-]*:`, a URL scheme.
    static func startsWithScheme(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A relative path without `.`/`..` segments, backslashes, control characters or a leading `/`.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/") else { return false }
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0 == "\\" || $0.value == 0x7f }) { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
    }
}
