import Foundation
import Testing
@testable import PreviewServer

/// DNS rebinding: a page on another site whose name now resolves to 127.0.0.1 must not read the preview,
/// so only requests naming a loopback host (with the server's port, or none) are answered.
@Suite struct HostHeaderTests {
    /// `PORT` stands for the server's port, `OTHER` for another one.
    static func header(_ template: String, port: Int) -> String {
        template.replacingOccurrences(of: "OTHER", with: String(port == 65_535 ? 1 : port + 1))
            .replacingOccurrences(of: "PORT", with: String(port))
    }

    @Test(arguments: [
        "evil.example", "evil.example:PORT", "127.0.0.1.evil.example:PORT", "localhost.evil.example",
        "127.0.0.1:OTHER", "localhost:OTHER", "[::1]:OTHER", "localhost:", "localhost:PORT:PORT", "127.0.0.1:+PORT",
        "localhost.", "127.0.0.2", "[::1]x", "", "0.0.0.0:PORT",
    ])
    func aForeignHostGets421WithoutThePage(template: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let host = Self.header(template, port: site.port)
        for path in ["/", "/secret.txt", "/__shopsite/version", "/products/hd-t001.html"] {
            let response = try fetchRaw(port: site.port, "GET \(path) HTTP/1.1\r\nHost: \(host)\r\n\r\n")
            #expect(response.status == 421, "\(host) \(path)")
            #expect(response.text.hasPrefix("421 Misdirected Request"), "\(host) \(path)")
            #expect(!response.text.contains("Home") && !response.text.contains("T-shirt"), "\(host) \(path)")
        }
    }

    @Test(arguments: [
        "127.0.0.1", "127.0.0.1:PORT", "localhost", "localhost:PORT", "LOCALHOST:PORT", "LocalHost", "[::1]", "[::1]:PORT",
    ])
    func aLoopbackHostIsServed(template: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let host = Self.header(template, port: site.port)
        let response = try fetchRaw(port: site.port, "GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n")
        #expect(response.status == 200, "\(host)")
        #expect(response.text.contains("<h1>Home</h1>"), "\(host)")
    }

    @Test func http11WithoutHostIsRefusedAndHTTP10WithoutHostIsServed() throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(try fetchRaw(port: site.port, "GET / HTTP/1.1\r\n\r\n").status == 421)
        #expect(try fetchRaw(port: site.port, "GET / HTTP/1.0\r\n\r\n").status == 200)
        #expect(try fetchRaw(port: site.port, "GET / HTTP/1.0\r\nHost: evil.example\r\n\r\n").status == 421)
    }

    @Test func aRepeatedHostIsRefused() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetchRaw(port: site.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\n\r\n")
        #expect(response.status == 400)
        #expect(!response.text.contains("Home"))
    }

    @Test func theLiveReloadStreamRefusesAForeignHost() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let stream = try RawConnection(port: site.port)
        try stream.send("GET /__shopsite/events HTTP/1.1\r\nHost: evil.example:\(site.port)\r\n\r\n")
        let response = try Fetched(raw: stream.read())
        #expect(response.status == 421)
        #expect(!response.text.contains("event:"))
        #expect(site.server.hub.count == 0)
    }
}
