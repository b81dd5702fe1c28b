import Testing
@testable import PreviewServer

@Suite struct HTTPRequestTests {
    @Test func parsesMethodPathQueryAndHeaders() throws {
        let request = try #require(HTTPRequest(head: Array("GET /a%20b/?x=1#frag HTTP/1.1\r\nHost: 127.0.0.1\r\nACCEPT:  text/html \r".utf8)))
        #expect(request.method == "GET")
        #expect(request.path == "/a%20b/")
        #expect(request.query == "x=1")
        #expect(request.headers == ["host": "127.0.0.1", "accept": "text/html"])
    }

    @Test(arguments: [
        "", "GET", "GET / HTTP/2", "get / HTTP/1.1", "GET http://x/ HTTP/1.1", "GET  / HTTP/1.1",
        "GET / HTTP/1.1\r\n: empty name", "GET / HTTP/1.1\r\nBad Name: x",
    ])
    func rejectsMalformedHeads(head: String) {
        #expect(HTTPRequest(head: Array(head.utf8)) == nil)
    }

    @Test(arguments: [
        ("index.html", "text/html; charset=utf-8"), ("A.HTM", "text/html; charset=utf-8"),
        ("x.css", "text/css; charset=utf-8"), ("x.js", "text/javascript; charset=utf-8"),
        ("x.svg", "image/svg+xml"), ("x.json", "application/json; charset=utf-8"),
        ("x.csv", "text/csv; charset=utf-8"), ("x.png", "image/png"), ("x.JPG", "image/jpeg"),
        ("x.gif", "image/gif"), ("x.webp", "image/webp"), ("favicon.ico", "image/x-icon"),
        ("f.woff2", "font/woff2"), ("q.pdf", "application/pdf"), ("r.txt", "text/plain; charset=utf-8"),
        ("/dir.css/noext", "application/octet-stream"), (".hidden", "application/octet-stream"),
    ])
    func contentTypesByExtension(path: String, type: String) {
        #expect(MIMEType.forPath(path) == type)
    }

    @Test func readerFindsTheEndOfTheHead() {
        #expect(RequestHeadReader.endOfHead(in: Array("GET / HTTP/1.1\r\n\r\n".utf8), from: 0) == 15)
        #expect(RequestHeadReader.endOfHead(in: Array("GET / HTTP/1.1\n\n".utf8), from: 0) == 14)
        #expect(RequestHeadReader.endOfHead(in: Array("GET / HTTP/1.1\r\nHost: x\r\n".utf8), from: 0) == nil)
    }
}
