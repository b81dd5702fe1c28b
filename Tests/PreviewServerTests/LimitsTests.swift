import Foundation
import Testing
@testable import PreviewServer

@Suite struct LimitsTests {
    @Test func anOversizeRequestHeadIsRefused() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let filler = String(repeating: "a", count: 9000)
        let response = try fetchRaw(port: site.port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: \(filler)\r\n\r\n")
        #expect(response.status == 431)
    }

    @Test func aHeadJustUnderTheLimitIsServed() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let filler = String(repeating: "a", count: 7000)
        #expect(try fetchRaw(port: site.port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Filler: \(filler)\r\n\r\n").status == 200)
    }

    @Test func aSilentClientDoesNotBlockOthers() throws {
        var limits = ServerLimits()
        limits.readTimeoutMilliseconds = 60_000
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        // Two clients connect and send nothing; the server's read timeout (60 s) is longer than the
        // test client's (5 s), so a server that handled connections one by one would fail here.
        let silent = try [RawConnection(port: site.port), RawConnection(port: site.port)]
        try silent[0].send("GET / HT")
        let response = try fetch(port: site.port, "/")
        #expect(response.status == 200)
        #expect(response.text.contains("<h1>Home</h1>"))
    }

    @Test func aClientTooSlowToSendItsHeadGets408() throws {
        var limits = ServerLimits()
        limits.readTimeoutMilliseconds = 200
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        let slow = try RawConnection(port: site.port)
        try slow.send("GET / HTTP/1.1\r\n")
        #expect(try Fetched(raw: slow.read()).status == 408)
    }

    @Test func stopClosesOpenConnectionsAndTheListener() throws {
        let site = try ServedSite()
        let waiting = try RawConnection(port: site.port)
        try waiting.send("GET / HT")
        #expect(eventually { site.server.activeConnections == 1 })
        site.stop()
        #expect(waiting.read().isEmpty)
        #expect(throws: RawConnection.Failure.self) { try RawConnection(port: site.port) }
        #expect(site.server.port == nil)
    }

    @Test func aTakenPortMovesToTheNextOne() throws {
        let first = try ServedSite()
        defer { first.stop() }
        let second = PreviewServer(root: first.root, port: first.port)
        let port = try second.start()
        defer { second.stop() }
        #expect(port > first.port && port <= first.port + 20)
        #expect(try fetch(port: port, "/style.css").status == 200)
    }

    @Test func onlyLoopbackHostsAreAccepted() throws {
        let server = PreviewServer(root: "/tmp", host: "0.0.0.0", port: 0)
        defer { server.stop() }
        #expect(throws: PreviewServerError.notLoopback("0.0.0.0")) { try server.start() }
    }
}
