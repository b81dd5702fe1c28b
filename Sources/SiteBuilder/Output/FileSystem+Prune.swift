#if canImport(Glibc)
import Glibc
#endif

/// Listing a reused tree, and clearing it of what a build did not write, without following symlinks.
extension FileSystem {
    /// Everything under a folder, as relative paths: regular files, folders, and other entries (symlinks, devices).
    struct TreeListing: Sendable {
        var files: [String] = []
        var folders: [String] = []
        var others: [String] = []
    }

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

    /// Lists the tree under `root` (relative paths, folders before their contents).
    static func listTree(_ root: String) -> TreeListing {
        var listing = TreeListing()
        func visit(_ relative: String) {
            let full = relative.isEmpty ? root : root + "/" + relative
            for (name, kind) in typedEntries(of: full) {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch kind {
                case .directory: listing.folders.append(child); visit(child)
                case .file: listing.files.append(child)
                default: listing.others.append(child)
                }
            }
        }
        visit("")
        return listing
    }

    /// Removes from `root` what `listing` found there that is neither a kept file nor a folder on the way to one.
    static func prune(_ root: String, listing: TreeListing, keepingFiles files: Set<String>) {
        var folders: Set<String> = []
        for file in files {
            var end = file.utf8.count
            let bytes = Array(file.utf8)
            while let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) {
                if !folders.insert(String(decoding: bytes[..<slash], as: UTF8.self)).inserted { break }
                end = slash
            }
        }
        for file in listing.files where !files.contains(file) { unlink(root + "/" + file) }
        for other in listing.others where !files.contains(other) { unlink(root + "/" + other) }
        // A folder no kept file lies in goes whole (with anything added since it was listed).
        for folder in listing.folders where !folders.contains(folder) { removeTree(root + "/" + folder) }
    }
}
