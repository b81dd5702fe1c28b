/// The head of one HTTP/1.x request: method, target and headers (a preview never needs a body).
struct HTTPRequest: Sendable, Equatable {
    /// `GET`, `HEAD`, … exactly as sent.
    var method: String
    /// The path part of the target, still percent-encoded, always starting with `/`.
    var path: String
    /// The query after `?`, without it, or nil.
    var query: String?
    /// Header values by lower-cased name; a repeated header keeps its first value (a repeated Host is refused).
    var headers: [String: String]
    /// The protocol version exactly as sent (`HTTP/1.1`).
    var version: String

    /// Parses a request head (the bytes before the blank line); nil when it is not valid HTTP/1.x.
    init?(head: [UInt8]) {
        // Split on bytes: in Swift "\r\n" is one Character, so splitting a String on "\n" would miss it.
        var lines: [Substring] = []
        for raw in head.split(separator: 10, omittingEmptySubsequences: false) {
            let line = raw.last == 13 ? raw.dropLast() : raw
            guard let text = String(validating: line, as: UTF8.self) else { return nil }
            lines.append(Substring(text))
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        guard let requestLine = lines.first else { return nil }
        let parts = requestLine.split(separator: " ", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[2].hasPrefix("HTTP/1."),
              !parts[0].isEmpty, parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
              parts[1].first == "/", !parts[1].contains(where: { $0.isWhitespace || $0 == "\0" })
        else { return nil }
        method = String(parts[0])
        version = String(parts[2])
        let target = parts[1].split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let pieces = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = String(pieces[0])
        query = pieces.count > 1 ? String(pieces[1]) : nil
        headers = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let name = line[..<colon]
            guard !name.isEmpty, !name.contains(where: { $0 == " " || $0 == "\t" }) else { return nil }
            let value = line[line.index(after: colon)...].trimmingSpaces()
            let key = name.lowercased()
            if key == "host" && headers[key] != nil { return nil }
            if headers[key] == nil { headers[key] = value }
        }
    }
}

private extension Substring {
    func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
