#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// One open socket descriptor: closed exactly once, by `close()` or when the object goes away.
///
/// Only the owner closes it; any thread may `shutdown()` it to wake a blocked reader.
final class Socket: Sendable {
    private let descriptor: Mutex<Int32>

    /// Takes ownership of an open descriptor.
    init(descriptor fd: Int32) {
        descriptor = Mutex(fd)
    }

    deinit {
        close()
    }

    /// The descriptor, or -1 once closed.
    var fd: Int32 {
        descriptor.withLock { $0 }
    }

    /// Closes the descriptor; later calls do nothing.
    func close() {
        descriptor.withLock { fd in
            if fd >= 0 {
                _ = Glibc.close(fd)
                fd = -1
            }
        }
    }

    /// Ends both directions so a thread blocked on this socket wakes up; the descriptor stays open.
    func shutdown() {
        descriptor.withLock { fd in
            if fd >= 0 {
                _ = Glibc.shutdown(fd, Int32(SHUT_RDWR))
            }
        }
    }

    /// Waits up to `milliseconds` for data (or end of stream); false on timeout.
    func waitReadable(milliseconds: Int32) -> Bool {
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while true {
            let result = poll(&entry, 1, milliseconds)
            if result < 0 && errno == EINTR { continue }
            return result > 0
        }
    }

    /// Reads what is available into `buffer`; 0 at end of stream, -1 on error.
    func receive(into buffer: inout [UInt8]) -> Int {
        let fd = fd
        return buffer.withUnsafeMutableBytes { raw in
            while true {
                let count = recv(fd, raw.baseAddress, raw.count, 0)
                if count < 0 && errno == EINTR { continue }
                return count
            }
        }
    }

    /// Reads and discards what is waiting, without blocking; true when the peer has closed or the socket failed.
    func discardPendingInput() -> Bool {
        let fd = fd
        var scratch = [UInt8](repeating: 0, count: 512)
        let (count, code) = scratch.withUnsafeMutableBytes { raw in
            let count = recv(fd, raw.baseAddress, raw.count, Int32(MSG_DONTWAIT))
            return (count, errno)
        }
        if count > 0 { return false }
        return count == 0 || (code != EAGAIN && code != EWOULDBLOCK && code != EINTR)
    }

    /// Writes all of `bytes` (blocking up to the socket's send timeout); false if the peer is gone.
    @discardableResult
    func send(_ bytes: [UInt8], nonBlocking: Bool = false) -> Bool {
        let fd = fd
        let flags = Int32(MSG_NOSIGNAL) | (nonBlocking ? Int32(MSG_DONTWAIT) : 0)
        return bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return true }
            var offset = 0
            while offset < raw.count {
                let sent = Glibc.send(fd, base + offset, raw.count - offset, flags)
                if sent < 0 && errno == EINTR { continue }
                if sent <= 0 { return false }
                offset += sent
            }
            return true
        }
    }

    /// Sets how long a blocking send may wait before giving up.
    func setSendTimeout(seconds: Int) {
        var value = timeval(tv_sec: seconds, tv_usec: 0)
        _ = setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }
}
