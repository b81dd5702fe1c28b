import Foundation
import Testing
@testable import PreviewServer

/// A live-reload client that leaves must free its slot at once (loopback only, bounded in time).
@Suite struct SlowClientTests {
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
