#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The first half of an import's write: every file written to a hidden staging place, nothing in the shop touched.
/// A file whose folder exists is staged beside its target (`.O-1.md.import-staged`); a file whose folder is new is
/// written inside a hidden staged copy of the first missing folder (`orders/.2025-12.import-staged/O-1.md`), so
/// that one rename puts a whole new month in place.
struct ImportStaging {
    /// One rename of the commit: a staged file or folder and where it goes.
    struct Move: Equatable {
        /// The staged file or folder.
        var staged: String
        /// Its place in the shop.
        var target: String
        /// Whether it is a whole new folder.
        var isFolder: Bool
    }

    /// The renames that put the staged files in place, in the order they were staged.
    private(set) var moves: [Move] = []
    /// Every file and folder made while staging, in order, to be removed when the import fails.
    private var made: [(path: String, isFolder: Bool)] = []
    /// Whether a folder exists, by path (asked once per folder).
    private var folderExists: [Substring: Bool] = [:]
    /// The staged copy of each new folder, by the folder's path.
    private var stagedFolders: [Substring: String] = [:]
    /// The folders made inside staged folders.
    private var madeInside: Set<String> = []

    /// Writes `bytes` to a staging place for `target`; the reason when it cannot.
    mutating func stage(_ bytes: [UInt8], for target: String) -> String? {
        let (path, reason) = place(for: target)
        guard let path else { return reason }
        if let reason = Self.write(bytes, to: path) { return reason }
        noteWritten(path)
        return nil
    }

    /// The staging place of `target` (its folders made, its rename noted), to be written by `write(_:to:)`; nil with
    /// the reason when a folder cannot be made.
    mutating func place(for target: String) -> (path: String?, reason: String?) {
        guard let slash = target.lastIndex(of: "/") else { return (placeBeside(target), nil) }
        let folder = target[..<slash]
        guard !exists(folder) else { return (placeBeside(target), nil) }
        var top = folder
        while let up = top.lastIndex(of: "/"), !exists(top[..<up]) { top = top[..<up] }
        var staged: String
        if let known = stagedFolders[top] {
            staged = known
        } else {
            var reason: String?
            guard let path = makeStagedFolder(for: top, reason: &reason) else { return (nil, reason) }
            staged = path
            stagedFolders[top] = staged
            moves.append(Move(staged: staged, target: String(top), isFolder: true))
        }
        for part in target[top.endIndex...].split(separator: "/").dropLast() {
            staged += "/" + part
            guard madeInside.insert(staged).inserted else { continue }
            guard mkdir(staged, 0o755) == 0 || errno == EEXIST else { return (nil, "\(folder): " + String(cString: strerror(errno))) }
            made.append((staged, true))
        }
        return (staged + "/" + target[target.index(after: slash)...], nil)
    }

    /// Notes a file written at its staging place, to be removed if the import fails.
    mutating func noteWritten(_ path: String) {
        made.append((path, false))
    }

    /// Removes every staged file and folder (for a failed import; a staged folder already moved back by the commit).
    func removeAll() {
        for entry in made.reversed() {
            if entry.isFolder { rmdir(entry.path) } else { unlink(entry.path) }
        }
    }

    /// `folder/.name.import-staged` beside `target`.
    static func stagingPath(for target: String) -> String {
        guard let slash = target.lastIndex(of: "/") else { return "." + target + ImportWriter.stagedSuffix }
        return target[...slash] + "." + target[target.index(after: slash)...] + ImportWriter.stagedSuffix
    }

    /// The staging place beside `target`, for a file whose folder exists (its rename noted).
    private mutating func placeBeside(_ target: String) -> String {
        let staging = Self.stagingPath(for: target)
        moves.append(Move(staged: staging, target: target, isFolder: false))
        return staging
    }

    /// Whether `folder` exists (a folder the staging made counts as missing: it is not in the shop yet).
    private mutating func exists(_ folder: Substring) -> Bool {
        if folder.isEmpty { return true }
        if let known = folderExists[folder] { return known }
        var info = stat()
        let found = stat(String(folder), &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
        folderExists[folder] = found
        return found
    }

    /// Makes the hidden staged copy of a new folder (`.2025-12.import-staged`, or with `.2`, `.3` … when a failed
    /// import left one behind); nil, with the reason, when it cannot.
    private mutating func makeStagedFolder(for folder: Substring, reason: inout String?) -> String? {
        let cut = folder.lastIndex(of: "/").map { folder.index(after: $0) } ?? folder.startIndex
        let base = folder[..<cut] + "." + folder[cut...] + ImportWriter.stagedSuffix
        for attempt in 1...100 {
            let path = attempt == 1 ? base : base + ".\(attempt)"
            if mkdir(path, 0o755) == 0 {
                made.append((path, true))
                return path
            }
            guard errno == EEXIST else { break }
        }
        reason = "\(folder): " + String(cString: strerror(errno))
        return nil
    }

    /// Writes a new file (replacing a stale staging file left by a failed import); the reason when it fails.
    static func write(_ bytes: [UInt8], to path: String) -> String? {
        var fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        if fd < 0 && errno == EEXIST {
            unlink(path)
            fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { let reason = String(cString: strerror(errno)); close(fd); unlink(path); return reason }
            offset += written
        }
        guard close(fd) == 0 else { let reason = String(cString: strerror(errno)); unlink(path); return reason }
        return nil
    }
}

