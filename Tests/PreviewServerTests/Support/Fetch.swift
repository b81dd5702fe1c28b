import Foundation

/// A parsed HTTP response as the tests see it.
struct Fetched {
    var status: Int
    /// Header values by lower-cased name.
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    subscript(header name: String) -> String? { headers[name.lowercased()] }

    init(raw: [UInt8]) throws {
        let separator = Array("\r\n\r\n".utf8)
        guard let end = raw.indices.first(where: { raw[$0...].starts(with: separator) }) else {
            throw RawConnection.Failure(description: "no complete head in \(raw.count) bytes")
        }
        let lines = String(decoding: raw[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else {
            throw RawConnection.Failure(description: "bad status line \(lines[0])")
        }
        self.status = status
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        self.headers = headers
        body = Array(raw[(end + 4)...])
    }
}

/// Sends a raw request to 127.0.0.1:port and reads the whole response (the server closes after it).
func fetchRaw(port: Int, _ request: String) throws -> Fetched {
    let connection = try RawConnection(port: port)
    defer { connection.close() }
    try connection.send(request)
    return try Fetched(raw: connection.read())
}

/// Sends `METHOD path HTTP/1.1` with a Host header.
func fetch(port: Int, _ path: String, method: String = "GET") throws -> Fetched {
    try fetchRaw(port: port, "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
}
