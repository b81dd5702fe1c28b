#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Socket {
    /// Opens a TCP listener on a loopback IPv4 address; port 0 lets the system pick a free port.
    ///
    /// Returns the listener and the port it is bound to.
    static func listen(host: String, port: Int, backlog: Int32 = 64) throws(PreviewServerError) -> (Socket, Int) {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(truncatingIfNeeded: port).bigEndian)
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else {
            throw .notLoopback(host)
        }
        // The first byte of the address in network order is the 127 of 127.x.y.z.
        guard UInt32(bigEndian: address.sin_addr.s_addr) >> 24 == 127 else {
            throw .notLoopback(host)
        }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .system("socket", errno) }
        let listener = Socket(descriptor: fd)
        var yes: Int32 = 1
        _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0 else {
            let code = errno
            throw code == EADDRINUSE ? .portInUse(port) : .system("bind", code)
        }
        guard Glibc.listen(fd, backlog) == 0 else { throw .system("listen", errno) }
        return (listener, listener.localPort ?? port)
    }

    /// The local port this socket is bound to, if it can be read.
    var localPort: Int? {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return result == 0 ? Int(UInt16(bigEndian: address.sin_port)) : nil
    }

    /// Accepts one pending connection, or nil if none is waiting.
    func acceptConnection() -> Socket? {
        let client = accept(fd, nil, nil)
        guard client >= 0 else { return nil }
        _ = fcntl(client, F_SETFD, FD_CLOEXEC)
        return Socket(descriptor: client)
    }
}
