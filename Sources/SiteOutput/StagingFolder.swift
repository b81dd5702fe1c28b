import Diagnostics
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A build's files, written into a hidden folder beside the output and swapped in only when the build succeeded.
///
/// The previous site, once swapped out, is kept beside the output as a spare (`.public.shopsite-spare`) and
/// becomes the next build's staging folder: whatever the new build did not write is removed before the swap.
/// Creating files is what costs (on ext4 without a journal every new inode is checked against recently deleted
/// ones, and each create takes its folder's lock), far more than rendering the pages, so a build creates only
/// the files that changed:
/// - a new staging folder beside a live site (the second build, or any build without a spare) makes each file
///   whose bytes equal the live file at the same path a hard link of it (`linksLive`: read-only compare, no
///   symlink followed, the inode checked again after the link); other files are new;
/// - in a reused spare a file that already holds the new bytes is kept as it is, found with one read-only open
///   (`FileSystem.keeps`); a file shared with the live site (more than one link) that does not is replaced by a new
///   file renamed over it; a single-link file that does not is overwritten in place.
/// No file with other links is ever opened for writing, so no write reaches the live site, a snapshot, or the
/// photo cache (`linkFile`); a failed build leaves the live site byte for byte as it was.
public final class StagingFolder: Sendable {
    /// The staging folder's absolute path.
    public let path: String
    /// The output folder it will replace.
    public let destination: String
    /// Where the previous site is kept for the next build.
    let sparePath: String
    /// Whether the folder is a previous site being overwritten (false: a new, empty folder).
    let reusesPreviousSite: Bool
    /// The live output, when a new staging folder is made beside one: a file the build would write with the bytes
    /// the live file already holds becomes a hard link of it instead of a new file (nil: every file is new).
    let liveSite: String?
    /// Folders of the live output checked to be real folders all the way down (true) or not (false), by relative path.
    let liveFolders = Mutex<[String: Bool]>([:])
    /// Folders known to exist (created, or checked to be real folders in a reused tree).
    let knownDirectories = Mutex<Set<String>>([])
    /// Relative paths written so far, to prune a reused tree (empty for a new folder).
    let writtenFiles = Mutex<Set<String>>([])
    /// Per file of the reused tree's listing (by index), whether `keepsLink` kept it: a kept derived photo is marked
    /// here rather than put in `writtenFiles`, so pruning looks it up by index, not by path (empty until listed).
    let keptListed = Mutex<[Bool]>([])
    /// Lists what a reused tree held when the build started, on another thread while the shop loads and renders.
    let previousContents: TreeLister?
    /// The inodes of that listing by path, made when `keepsLink` first asks (nil until then).
    let listedInodes = Mutex<ListedInodes?>(nil)
    /// Folders of a reused tree found to be real folders by `prepareDirectory` (absolute path: device and inode).
    let foundFolders = Mutex<[String: (device: UInt64, inode: UInt64)]>([:])
    /// The folders the destination may never be, checked again immediately before the swap.
    let outputGuard: OutputGuard?
    /// An open descriptor of the staging folder holding an exclusive `flock`: while it is held, no other build
    /// takes the folder for a killed build's leftovers (-1 when the lock could not be taken, or once released).
    private let lock: Atomic<Int32>

    init(path: String, destination: String, sparePath: String = "", reusesPreviousSite: Bool = false, lister: TreeLister? = nil,
         outputGuard: OutputGuard? = nil, lock: Int32? = nil, liveSite: String? = nil) {
        self.path = path
        self.destination = destination
        self.sparePath = sparePath
        self.reusesPreviousSite = reusesPreviousSite
        self.liveSite = reusesPreviousSite ? nil : liveSite
        self.outputGuard = outputGuard
        previousContents = reusesPreviousSite ? (lister ?? TreeLister(path: path)) : nil
        self.lock = Atomic(lock ?? FileSystem.lockFolder(path))
    }

    deinit {
        releaseLock()
    }

    /// Releases the staging folder's lock (once the build is committed or discarded).
    func releaseLock() {
        let fd = lock.exchange(-1, ordering: .acquiringAndReleasing)
        if fd >= 0 { close(fd) }
    }

    /// Writes one file at a path relative to the site root (`products/HD-T001.html`); safe from several threads.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        try store(bytes, at: relativePath, copyOf: nil)
    }

    /// Puts `bytes` at `relativePath`. A new folder beside a live site links the live file when it holds these bytes
    /// (a copy: and has `copyOf`'s modification time); a reused tree keeps a page whose shared file holds them. No
    /// file with other links is ever written into. True when the file is a link of the live site's (not to touch).
    @discardableResult
    func store(_ bytes: [UInt8], at relativePath: String, copyOf source: stat?) throws(Diagnostic) -> Bool {
        let full = try preparedPath(relativePath)
        if reusesPreviousSite {
            writtenFiles.withLock { _ = $0.insert(relativePath) }
        } else if linksLive(bytes, at: relativePath, to: full, modifiedLike: source) {
            return true
        }
        do throws(FileSystem.Failure) {
            // `overwrite`, not a truncating open, in a new folder too: a path linked earlier is replaced, not written into.
            if let code = try FileSystem.overwrite(bytes, at: full, linksFirst: reusesPreviousSite || liveSite != nil,
                                                   keepingShared: reusesPreviousSite && source == nil) {
                // A folder or symlink where the file goes in a reused tree: replace it (never write through a link).
                guard reusesPreviousSite, code == ELOOP || code == EISDIR || code == EEXIST else { throw FileSystem.Failure(full, errno: code) }
                FileSystem.removeTree(full)
                if let again = try FileSystem.overwrite(bytes, at: full, linksFirst: true) { throw FileSystem.Failure(full, errno: again) }
            }
        } catch {
            throw .error(error.path.hasPrefix(full) ? "E-WRITE-FILE" : "E-CREATE-FOLDER", ["reason": "\(error)"])
        }
        return false
    }

    /// Makes `directory` (absolute, inside the staging folder) exist as a real folder. In a reused tree every
    /// folder on the way is checked with `lstat`: a file or symlink left where a folder goes is removed first.
    func prepareDirectory(_ directory: String) throws(FileSystem.Failure) {
        if !reusesPreviousSite {
            try FileSystem.makeDirectories(directory)
            knownDirectories.withLock { _ = $0.insert(directory) }
            return
        }
        var prefix = path
        for part in directory.dropFirst(path.count).split(separator: "/") {
            prefix += "/" + part
            if knownDirectories.withLock({ $0.contains(prefix) }) { continue }
            var found = stat()
            switch lstat(prefix, &found) != 0 ? .missing : found.st_mode & S_IFMT == S_IFDIR ? .directory : FileSystem.Kind.other {
            case .directory: foundFolders.withLock { $0[prefix] = (UInt64(found.st_dev), UInt64(found.st_ino)) }
            case .missing:
                if mkdir(prefix, 0o755) != 0 && errno != EEXIST { throw FileSystem.Failure(prefix) }
            default:
                FileSystem.removeTree(prefix)
                if mkdir(prefix, 0o755) != 0 { throw FileSystem.Failure(prefix) }
            }
            knownDirectories.withLock { _ = $0.insert(prefix) }
        }
    }

    /// Writes a UTF-8 string.
    public func write(_ text: String, to relativePath: String) throws(Diagnostic) {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Copies a regular file into the site (assets); refuses symlinks. The copy takes the source's modification time,
    /// so a reused tree's copy of the same size and time is kept as it is instead of being copied again.
    public func copyFile(from source: String, to relativePath: String) throws(Diagnostic) {
        guard let from = FileSystem.regularFile(source) else { throw .error("E-COPY-ASSET", ["path": source]) }
        try copyFile(from: source, status: from, to: relativePath)
    }

    /// `copyFile` of a source whose `lstat` the caller has just taken (`from`; the asset walk's), not taken again.
    public func copyFile(from source: String, status from: stat, to relativePath: String) throws(Diagnostic) {
        guard from.st_mode & S_IFMT == S_IFREG else { throw .error("E-COPY-ASSET", ["path": source]) }
        if reusesPreviousSite, try keepsCopy(of: from, at: relativePath) { return }
        guard let bytes = FileSystem.read(source) else { throw .error("E-COPY-ASSET", ["path": source]) }
        if try store(bytes, at: relativePath, copyOf: from) { return }  // the live site's copy, already of the source's time
        FileSystem.setModificationTime(of: path + "/" + relativePath, like: from)
    }

    /// Whether a relative path stays inside the site: no empty, `.` or `..` segment, not absolute, no NUL.
    /// Checked on the UTF-8 bytes: a `/` byte always separates segments, so no combining mark can hide one.
    public static func isSafe(_ relativePath: String) -> Bool {
        var segmentLength = 0, dots = 0, empty = true
        for byte in relativePath.utf8 {
            empty = false
            if byte == 0 { return false }
            if byte == UInt8(ascii: "/") {
                if segmentLength == 0 || dots == segmentLength && dots <= 2 { return false }
                segmentLength = 0; dots = 0
            } else {
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return !empty && segmentLength > 0 && !(dots == segmentLength && dots <= 2)
    }
}
