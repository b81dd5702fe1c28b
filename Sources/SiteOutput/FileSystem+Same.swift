#if canImport(Glibc)
import Glibc
#endif

/// Comparing a file already on disk with the bytes a build would write, reading it only (never opened for writing):
/// how a build keeps or links a file it would otherwise write again with the same bytes.
extension FileSystem {
    /// Opens the regular file at `path` read-only, never following a final symlink, never blocking on a FIFO and not
    /// touching its access time: the descriptor (to close) and its `fstat` when it is a regular file of exactly `size`
    /// bytes, else nil.
    static func openRegular(_ path: String, size: Int) -> (descriptor: Int32, info: stat)? {
        guard let file = openForLook(path) else { return nil }
        guard file.info.st_mode & S_IFMT == S_IFREG, file.info.st_size == off_t(size) else {
            close(file.descriptor)
            return nil
        }
        return file
    }

    /// Opens whatever is at `path` read-only for a look (no symlink followed, no FIFO waited on) and takes its `fstat`:
    /// nil when it cannot be opened. `O_NOATIME` where the file's owner allows it: under `relatime` the first read after
    /// a link or a write would otherwise make the kernel write the inode again, once per file of the site.
    static func openForLook(_ path: String) -> (descriptor: Int32, info: stat)? {
        let flags = O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC
        var fd = open(path, flags | noAccessTime)
        if fd < 0 && errno == EPERM { fd = open(path, flags) }  // not the file's owner: the access time may move
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// `O_NOATIME` (Linux; the same value on every architecture shopsite runs on).
    static let noAccessTime: Int32 = 0o1_000_000

    /// Whether reading the open descriptor `fd` from where it stands to its end gives exactly `bytes`; any read
    /// error is "no". A regular file's read returns fewer bytes than asked for only at its end, so asking for one
    /// byte more than `bytes` holds settles a small file in one read.
    static func reads(_ fd: Int32, as bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { expected in
            withUnsafeTemporaryAllocation(byteCount: min(expected.count + 1, 65_536), alignment: 16) { buffer in
                guard let chunk = buffer.baseAddress else { return false }
                var offset = 0
                while true {
                    let n = Glibc.read(fd, chunk, buffer.count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        return false
                    }
                    if n == 0 { return offset == expected.count }
                    guard offset + n <= expected.count, let base = expected.baseAddress,
                          memcmp(chunk, base + offset, n) == 0 else { return false }
                    offset += n
                    if n < buffer.count && offset == expected.count { return true }  // short: the end of the file
                }
            }
        }
    }

    /// Whether the regular file at `path` (not a symlink) holds exactly `bytes`, read-only.
    static func holds(_ bytes: [UInt8], at path: String) -> Bool {
        guard let file = openRegular(path, size: bytes.count) else { return false }
        defer { close(file.descriptor) }
        return reads(file.descriptor, as: bytes)
    }

    /// What a reused tree's file at `path` is worth to a build about to write `bytes` there, found with one read-only
    /// open (never opened for writing here): true when it is a regular file holding exactly `bytes` (kept as it is,
    /// whether it shares its inode or not), false when it has other links and other bytes (to be replaced by rename,
    /// never written into), nil when it is missing, not a regular file, or a single-link file with other bytes (the
    /// caller opens it for writing, refusing a symlink, and checks the link count again on that descriptor).
    static func keeps(_ bytes: [UInt8], at path: String) -> Bool? {
        guard let file = openForLook(path) else { return nil }
        defer { close(file.descriptor) }
        guard file.info.st_mode & S_IFMT == S_IFREG else { return nil }
        if file.info.st_size == off_t(bytes.count) && reads(file.descriptor, as: bytes) { return true }
        return file.info.st_nlink > 1 ? false : nil
    }
}
