/// A complete HTTP response: status, headers and body, sent with `Connection: close`.
struct HTTPResponse: Sendable {
    /// The status code (200, 404, …).
    var status: Int
    /// Headers in the order they are sent; Content-Length and the fixed headers are added when sending.
    var headers: [(String, String)]
    /// The body bytes (left out on the wire for HEAD).
    var body: [UInt8]

    /// A response with a content type and body.
    init(status: Int, contentType: String, body: [UInt8], headers: [(String, String)] = []) {
        self.status = status
        self.headers = [("Content-Type", contentType)] + headers
        self.body = body
    }

    /// A short plain-text response such as `403 Forbidden`.
    static func text(_ status: Int, _ message: String? = nil, headers: [(String, String)] = []) -> HTTPResponse {
        let text = message ?? "\(status) \(reason(for: status))\n"
        return HTTPResponse(status: status, contentType: "text/plain; charset=utf-8", body: Array(text.utf8), headers: headers)
    }

    /// The value of a header, by case-insensitive name.
    func header(_ name: String) -> String? {
        headers.first { $0.0.lowercased() == name.lowercased() }?.1
    }

    /// The status line and headers, ending with the blank line.
    func head() -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(for: status))\r\n"
        for (name, value) in headers {
            text += "\(name): \(value)\r\n"
        }
        text += "Content-Length: \(body.count)\r\n"
        text += "Cache-Control: no-cache\r\n"
        text += "X-Content-Type-Options: nosniff\r\n"
        text += "Connection: close\r\n\r\n"
        return Array(text.utf8)
    }

    /// The standard reason phrase of a status code.
    static func reason(for status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 421: "Misdirected Request"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
