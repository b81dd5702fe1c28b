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
        for (file, status) in walk(contentAssets, display: "content/assets", errors: &errors) {
            do throws(Diagnostic) {
                try staging.copyFile(from: contentAssets + "/" + file, status: status, to: "assets/" + file)
                files += 1
            } catch { errors.append(.error(error.code, error.arguments, at: Location(path: "content/assets/" + file))) }
        }
        var seen: Set<String> = []
        for (position, folder) in themeAssets.enumerated() {
            let display = position == 0 ? "templates/assets" : "theme/assets"
            for (file, status) in walk(folder, display: display, errors: &errors) where seen.insert(file).inserted {
                do throws(Diagnostic) {
                    try staging.copyFile(from: folder + "/" + file, status: status, to: "assets/theme/" + file)
                    files += 1
                } catch { errors.append(.error(error.code, error.arguments, at: Location(path: display + "/" + file))) }
            }
        }
        return (files, errors)
    }

    /// Relative paths of the regular files under `root`, sorted, each with the `lstat` that found it (the copy's
    /// source status: not taken again); symlinks and odd names are errors.
    static func walk(_ root: String, display: String, errors: inout [Diagnostic]) -> [(path: String, status: stat)] {
        var found: [(path: String, status: stat)] = []
        func visit(_ relative: String) {
            let full = relative.isEmpty ? root : root + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: full) else { return }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = relative.isEmpty ? name : relative + "/" + name
                guard ContentPath.isSafe(child) else {
                    errors.append(.error("E-ASSET-NAME", at: Location(path: display + "/" + child)))
                    continue
                }
                var info = stat()
                guard lstat(root + "/" + child, &info) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFLNK:
                    errors.append(.error("E-ASSET-SYMLINK", at: Location(path: display + "/" + child)))
                case S_IFDIR: visit(child)
                case S_IFREG: found.append((child, info))
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
        // Unicode scalar order is UTF-8 byte order: compared with `memcmp`, not scalar by scalar.
        return found.sorted { UTF8Order.precedes($0.path, $1.path) }
    }
}
