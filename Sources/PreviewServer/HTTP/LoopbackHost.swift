/// Decides whether a request's Host header names this preview server, so that a page on another site whose
/// DNS name was rebound to 127.0.0.1 (DNS rebinding) cannot read what the preview shows.
struct LoopbackHost: Sendable {
    /// The host names accepted (compared lower-cased), besides the address listened on.
    static let names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]

    /// The port the server is bound to; a Host naming another port is refused.
    var port: Int
    /// The address listened on (`127.0.0.1`), accepted as well.
    var listenAddress: String

    /// Whether the request may be answered: HTTP/1.1 needs a Host naming a loopback name, with this port or none.
    func allows(_ request: HTTPRequest) -> Bool {
        guard let value = request.headers["host"] else { return request.version == "HTTP/1.0" }
        return allows(host: value)
    }

    /// Whether a Host header value (`localhost:1313`, `[::1]`) names this server.
    func allows(host value: String) -> Bool {
        guard let (name, port) = Self.split(value) else { return false }
        let lowered = name.lowercased()
        guard Self.names.contains(lowered) || lowered == listenAddress else { return false }
        guard let port else { return true }
        return port.count <= 5 && port.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            && Int(port) == self.port
    }

    /// Splits `name[:port]` (an IPv6 name keeps its brackets); nil when it is not of that form.
    static func split(_ value: String) -> (name: Substring, port: Substring?)? {
        if value.hasPrefix("[") {
            guard let close = value.firstIndex(of: "]") else { return nil }
            let name = value[...close], rest = value[value.index(after: close)...]
            if rest.isEmpty { return (name, nil) }
            return rest.first == ":" ? (name, rest.dropFirst()) : nil
        }
        let parts = value.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return (parts[0], nil)
        case 2: return (parts[0], parts[1])
        default: return nil
        }
    }
}
