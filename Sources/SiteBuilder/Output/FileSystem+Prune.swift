#if canImport(Glibc)
import Glibc
#endif

/// Clearing a reused tree of what a build did not write, without following symlinks.
extension FileSystem {
    /// The entries of a directory with their kinds from `readdir` (`lstat` only when the file system gives none).
    static func typedEntries(of path: String) -> [(name: String, kind: Kind)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var found: [(name: String, kind: Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .directory
            case Int32(DT_LNK): kind = .symlink
            case Int32(DT_UNKNOWN): kind = FileSystem.kind(of: path + "/" + name)
            default: kind = .other
            }
            found.append((name, kind))
        }
        return found
    }

    /// Removes everything under `root` that is neither a kept file (relative path) nor a folder on the way to one.
    static func prune(_ root: String, keepingFiles files: Set<String>) {
        var folders: Set<String> = [""]
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                if !folders.insert(String(path)).inserted { break }
            }
        }
        func visit(_ relative: String) {
            let full = relative.isEmpty ? root : root + "/" + relative
            for (name, kind) in typedEntries(of: full) {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .directory:
                    if folders.contains(child) { visit(child) } else { removeTree(full + "/" + name) }
                case .file:
                    if !files.contains(child) { unlink(full + "/" + name) }
                default:
                    unlink(full + "/" + name)
                }
            }
        }
        visit("")
    }
}
