#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe used to wake a thread blocked in `poll`: one side signals, the polling side watches `readEnd`.
final class WakePipe: Sendable {
    /// The descriptor to include in `poll`; readable once `wake()` was called.
    let readEnd: Socket
    private let writeEnd: Socket

    /// Opens the pipe.
    init() throws(PreviewServerError) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw .system("pipe", errno) }
        for end in ends {
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            _ = fcntl(end, F_SETFL, O_NONBLOCK)
        }
        readEnd = Socket(descriptor: ends[0])
        writeEnd = Socket(descriptor: ends[1])
    }

    /// Makes `readEnd` readable; safe to call any number of times.
    func wake() {
        var byte: UInt8 = 1
        _ = write(writeEnd.fd, &byte, 1)
    }

    /// Empties the pipe once `readEnd` was seen readable, so the next `poll` waits again.
    func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while read(readEnd.fd, &bytes, bytes.count) > 0 {}
    }
}

/// Waits until one of the descriptors is readable or the timeout passes; returns the readable flags.
func pollReadable(_ descriptors: [Int32], milliseconds: Int32) -> [Bool] {
    var entries = descriptors.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
    while true {
        let result = poll(&entries, nfds_t(entries.count), milliseconds)
        if result < 0 && errno == EINTR { continue }
        return entries.map { $0.revents != 0 }
    }
}
