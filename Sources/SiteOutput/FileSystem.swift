#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Thin POSIX file operations for the writer's hot path: no Foundation, every descriptor closed with `defer`.
public enum FileSystem {
    /// An error from the operating system, with the path it concerned.
    public struct Failure: Error, CustomStringConvertible {
        /// The path.
        public var path: String
        /// `strerror` text.
        public var reason: String
        /// `path: reason`.
        public var description: String { "\(path): \(reason)" }

        init(_ path: String, errno code: Int32 = errno) {
            self.path = path
            self.reason = String(cString: strerror(code))
        }
    }

    /// Writes `bytes` to a new file at `path` (replacing it), creating nothing else.
    public static func write(_ bytes: [UInt8], to path: String) throws(Failure) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Overwrites the file at `path` in place (its inode and blocks reused, then cut to length), or creates it;
    /// refuses a symlink there (ELOOP) instead of following it. A file with other hard links (the live site's, a
    /// `cp -al` snapshot's) is never written into: a new file replaces it by rename. With `keepingShared` (a reused
    /// tree) the file is first looked at read-only (`keeps`) and kept when it already holds `bytes`, shared or not.
    /// With `linksFirst` (a folder that may hold the live site's files) the link count is read with `lstat` before any
    /// open, so such a file is only ever opened read-only. Returns the errno on failure to open.
    static func overwrite(_ bytes: [UInt8], at path: String, linksFirst: Bool = false, keepingShared: Bool = false) throws(Failure) -> Int32? {
        if keepingShared, let kept = keeps(bytes, at: path) {
            if !kept { try replace(path, with: bytes) }
            return nil
        }
        if linksFirst && !keepingShared, let there = regularFile(path), there.st_nlink > 1 {
            try replace(path, with: bytes)
            return nil
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return errno }
        var closed = false
        defer { if !closed { close(fd) } }
        var st = stat()  // one fstat gives both the old size and the link count
        guard fstat(fd, &st) == 0 else { throw Failure(path) }
        if st.st_nlink > 1 {
            close(fd)
            closed = true
            try replace(path, with: bytes)
            return nil
        }
        try writeAll(bytes, to: fd, path: path)
        if st.st_size > off_t(bytes.count) && ftruncate(fd, off_t(bytes.count)) != 0 { throw Failure(path) }
        return nil
    }

    /// Writes `bytes` to a new file beside `path` and renames it over `path`, leaving the old inode untouched.
    static func replace(_ path: String, with bytes: [UInt8]) throws(Failure) {
        let (folder, name) = OutputFolder.split(path)
        let temporary = "\(folder)/.\(name).shopsite-new-\(getpid())"
        do throws(Failure) {
            try writeNew(bytes, to: temporary)
            guard rename(temporary, path) == 0 else { throw Failure(path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes `bytes` to a file that must not exist yet (O_EXCL: never through a link planted there).
    /// Something left at `path` (a killed run's temporary, or a planted link) is removed and the open tried once more.
    private static func writeNew(_ bytes: [UInt8], to path: String) throws(Failure) {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC
        var fd = open(path, flags, 0o644)
        if fd < 0 && errno == EEXIST {
            unlink(path)
            fd = open(path, flags, 0o644)
        }
        guard fd >= 0 else { throw Failure(path) }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path)
            }
            offset += n
        }
    }

    /// Reads a whole file, or nil when it cannot be opened.
    static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var result: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { return result }
            result.append(contentsOf: chunk[0..<n])
        }
    }

    /// Creates a directory and its missing parents; succeeds when it already exists.
    public static func makeDirectories(_ path: String) throws(Failure) {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT, let slash = path.lastIndex(of: "/"), slash != path.startIndex else { throw Failure(path) }
        try makeDirectories(String(path[..<slash]))
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw Failure(path) }
    }

    /// Whether nothing is at `path` (lstat fails with ENOENT; other failures are not "missing").
    static func isMissing(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) != 0 && errno == ENOENT
    }

    /// The kind of entry at a path, without following a final symlink.
    public enum Kind {
        /// Nothing there, a regular file, a folder, a symbolic link, or anything else.
        case missing, file, directory, symlink, other
    }

    /// What is at `path` (lstat).
    public static func kind(of path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// The names in a directory, sorted, without `.` and `..`; empty when it cannot be read.
    public static func entries(of path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Removes a file, symlink or whole directory tree (never following symlinks).
    public static func removeTree(_ path: String) {
        switch kind(of: path) {
        case .missing: return
        case .directory:
            for name in entries(of: path) { removeTree(path + "/" + name) }
            rmdir(path)
        default:
            unlink(path)
        }
    }

    /// The canonical absolute path with symlinks resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Atomically exchanges two existing paths (Linux renameat2 RENAME_EXCHANGE): 0, or the errno (ENOSYS when
    /// the C library has no renameat2, EINVAL when the file system cannot exchange).
    static func exchange(_ a: String, _ b: String) -> Int32 {
        typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return ENOSYS }
        let renameat2 = unsafeBitCast(symbol, to: Renameat2.self)
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, 1 << 1) == 0 ? 0 : errno
    }
}
