import SiteOutput
import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The sink of `check`: it keeps nothing and writes nothing, but refuses what writing into a staging folder would
/// refuse for the content's sake (a path leaving the site, a file or folder name too long for the file system, an
/// asset that is not a readable regular file), with the staging folder's messages.
struct DiscardingSink: PageSink {
    /// The longest file or folder name, in bytes, a Linux file system takes (`NAME_MAX`).
    static let nameLimit = 255

    /// Drops `bytes` once `relativePath` is known to be writable.
    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        guard StagingFolder.isSafe(relativePath) else {
            throw .error("E-WRITE-OUTSIDE", ["path": relativePath])
        }
        var length = 0
        for byte in relativePath.utf8 {
            length = byte == UInt8(ascii: "/") ? 0 : length + 1
            if length > DiscardingSink.nameLimit {
                throw .error("E-WRITE-FILE", ["reason": "\(relativePath): \(String(cString: strerror(ENAMETOOLONG)))"])
            }
        }
    }

    /// Opens `source` for reading (as copying it would) without reading it, then checks the path it would go to.
    func copyFile(from source: String, to relativePath: String) throws(Diagnostic) {
        let fd = FileSystem.kind(of: source) == .file ? open(source, O_RDONLY | O_CLOEXEC) : -1
        guard fd >= 0 else { throw .error("E-COPY-ASSET", ["path": source]) }
        close(fd)
        try write([], to: relativePath)
    }

    /// Checks `source` and the path as `copyFile` does (a link and a copy need the same).
    func linkFile(from source: String, to relativePath: String) throws(Diagnostic) {
        try copyFile(from: source, to: relativePath)
    }
}
