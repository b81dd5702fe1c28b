#if canImport(Glibc)
import Glibc
#endif

/// Comparing a file already on disk with the bytes a build would write, reading it only (never opened for writing):
/// how a build keeps or links a file it would otherwise write again with the same bytes.
extension FileSystem {
    /// Opens the regular file at `path` read-only, never following a final symlink and never blocking on a FIFO: the
    /// descriptor (to close) and its `fstat` when it is a regular file of exactly `size` bytes, else nil.
    static func openRegular(_ path: String, size: Int) -> (descriptor: Int32, info: stat)? {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size == off_t(size) else {
            close(fd)
            return nil
        }
        return (fd, info)
    }

    /// Whether reading the open descriptor `fd` from where it stands to its end gives exactly `bytes`; any read
    /// error is "no".
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
}
