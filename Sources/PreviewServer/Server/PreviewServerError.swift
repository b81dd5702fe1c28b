#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why the preview server or the file watcher could not start.
public enum PreviewServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The host is not a 127.x.y.z address; the preview only ever listens on loopback.
    case notLoopback(String)
    /// The port (and every port tried after it) is taken.
    case portInUse(Int)
    /// `start()` was called on a server or watcher that is already running.
    case alreadyRunning
    /// A system call failed, with its errno.
    case system(String, Int32)

    /// A one-line explanation for the terminal.
    public var description: String {
        switch self {
        case .notLoopback(let host): "error: the preview server listens on loopback only, not on \(host)"
        case .portInUse(let port): "error: port \(port) and the 20 ports after it are in use"
        case .alreadyRunning: "error: already running"
        case .system(let call, let code): "error: \(call) failed: \(String(cString: strerror(code)))"
        }
    }
}
