import Foundation
import Testing
@testable import PreviewServer

/// Slow or silent clients (loopback only, bounded in number and time) must not keep page requests out,
/// and a live-reload client that leaves must free its slot at once.
@Suite struct SlowClientTests {
    @Test func aHundredSlowClientsDoNotKeepAPageRequestOut() throws {
        var limits = ServerLimits()
        // Longer than the test, so only making room (not the head deadline) can let the page request in.
        limits.readTimeoutMilliseconds = 60_000
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        var slow: [RawConnection] = []
        for index in 0..<100 {
            let connection = try RawConnection(port: site.port)
            if index % 2 == 0 { try connection.send("GET / HT") }
            slow.append(connection)
        }
        #expect(eventually { site.server.activeConnections >= 40 })
        for _ in 0..<3 {
            let response = try fetch(port: site.port, "/")
            #expect(response.status == 200)
            #expect(response.text.contains("<h1>Home</h1>"))
        }
        #expect(site.server.activeConnections <= limits.maxConnections)
        withExtendedLifetime(slow) {}
    }

    @Test func aSlowClientAtTheCapIsDroppedForANewRequest() throws {
        var limits = ServerLimits()
        limits.maxConnections = 1
        limits.readTimeoutMilliseconds = 60_000
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        let holder = try RawConnection(port: site.port)
        try holder.send("GET / HT")
        #expect(eventually { site.server.activeConnections == 1 })
        #expect(try fetch(port: site.port, "/").status == 200)
        #expect(holder.read(seconds: 5).isEmpty)
    }

    @Test func aClientTricklingItsHeadAByteAtATimeIsCutAtTheHeadDeadline() throws {
        var limits = ServerLimits()
        limits.readTimeoutMilliseconds = 300
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        let trickle = try RawConnection(port: site.port)
        var answer: [UInt8] = []
        // Each byte comes well within the deadline; only a deadline for the whole head ends this (at most 200 bytes).
        for byte in String(repeating: "GET / HTTP/1.1\r\nX-Slow: ", count: 10).utf8 where answer.isEmpty {
            try? trickle.send(String(decoding: [byte], as: UTF8.self))
            answer = trickle.read(seconds: 0.05) { !$0.isEmpty }
        }
        answer += trickle.read()
        #expect(try Fetched(raw: answer).status == 408)
    }

    @Test func aClosedLiveReloadClientFreesItsSlotBeforeTheHeartbeat() throws {
        var limits = ServerLimits()
        limits.maxReloadStreams = 1
        let site = try ServedSite(limits: limits)
        defer { site.stop() }
        let first = try RawConnection(port: site.port)
        try first.send("GET /__shopsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(first.readText(until: "data: 1\n\n").contains("event: version"))
        #expect(eventually { site.server.hub.count == 1 })
        first.close()
        // The heartbeat that used to find closed clients comes every 15 s; the slot must be free long before.
        #expect(eventually(within: 3) { site.server.hub.count == 0 })
        let second = try RawConnection(port: site.port)
        try second.send("GET /__shopsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let opening = second.readText(until: "data: 1\n\n")
        #expect(opening.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(opening.contains("event: version\ndata: 1\n\n"))
    }
}
