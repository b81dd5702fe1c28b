#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import ShopLoader
import SiteOutput

/// File creation for the scaffold: new files only (O_EXCL), so a file that appeared meanwhile is never replaced.
enum ScaffoldFiles {
    /// Creates `absolutePath` holding `text`; `shown` is the path messages print.
    static func create(_ text: String, at absolutePath: String, shown: String) throws(Diagnostic) {
        let fd = open(absolutePath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            let code = errno
            throw code == EEXIST ? .error("E-ALREADY-EXISTS", at: Location(path: shown))
                : .error("E-CREATE-FILE", ["reason": reason(code)], at: Location(path: shown))
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { raw in write(fd, raw.baseAddress.map { $0 + offset }, bytes.count - offset) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .error("E-WRITE-THE-FILE", ["reason": reason(errno)], at: Location(path: shown))
            }
            offset += n
        }
    }

    /// Creates a folder and its missing parents; `shown` is the path messages print.
    static func makeDirectories(_ absolutePath: String, shown: String) throws(Diagnostic) {
        do {
            try FileSystem.makeDirectories(absolutePath)
        } catch {
            throw .error("E-CREATE-THE-FOLDER", ["reason": error.reason], at: Location(path: shown))
        }
        guard ContentFiles.targetType(absolutePath) == .directory else {
            throw .error("E-EXISTS-NOT-FOLDER", at: Location(path: shown))
        }
    }

    /// `strerror` text.
    static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
