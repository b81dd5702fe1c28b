#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX file access for the loader (directory walk, lstat, whole-file reads): fast on tens of thousands of small files, no Foundation.
public enum ContentFiles {
    /// What a directory entry is, without following symbolic links.
    public enum EntryType {
        /// A regular file, a folder, a symbolic link, or anything else.
        case file, directory, symlink, other
    }

    /// The type of the entry at `path` (lstat); nil when it does not exist.
    public static func entryType(_ path: String) -> EntryType? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The type of what `path` finally names (stat, following links); nil when missing or dangling.
    public static func targetType(_ path: String) -> EntryType? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The names in a directory (without `.` and `..`), each with its type; nil when it cannot be opened.
    static func listing(_ path: String) -> [(name: String, type: EntryType)]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: String, type: EntryType)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let type: EntryType?
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): type = .file
            case Int32(DT_DIR): type = .directory
            case Int32(DT_LNK): type = .symlink
            case Int32(DT_UNKNOWN): type = entryType(path + "/" + name)
            default: type = .other
            }
            entries.append((name, type ?? .other))
        }
        return entries
    }

    /// The canonical absolute path (symbolic links resolved), or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The whole content of a regular file, or nil when it cannot be read.
    public static func contents(of path: String) -> [UInt8]? {
        let buffer = FileBuffer()
        guard buffer.read(path) else { return nil }
        return Array(buffer.bytes)
    }
}
