import Foundation
import Testing
@testable import PreviewServer

@Suite struct LiveReloadTests {
    @Test func htmlPagesGetTheReloadScriptBeforeBodyEnd() throws {
        let site = try ServedSite()
        defer { site.stop() }
        for path in ["/", "/products/hd-t001.html"] {
            let page = try fetch(port: site.port, path).text
            let script = try #require(page.range(of: "<script data-shopsite-live-reload>"))
            let bodyEnd = try #require(page.range(of: "</body>", options: [.caseInsensitive, .backwards]))
            #expect(script.upperBound < bodyEnd.lowerBound)
            #expect(page.contains("/__shopsite/events"))
        }
        let file = try String(contentsOfFile: site.root + "/index.html", encoding: .utf8)
        #expect(file == ServedSite.home)
    }

    @Test func assetsAreNotTouched() throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(!(try fetch(port: site.port, "/style.css").text.contains("script")))
        #expect(!(try fetch(port: site.port, "/logo.svg").text.contains("shopsite")))
    }

    @Test func theStreamReceivesReloadAfterNotify() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let stream = try RawConnection(port: site.port)
        try stream.send("GET /__shopsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
        let opening = stream.readText(until: "event: version\ndata: 1\n\n")
        #expect(opening.hasPrefix("HTTP/1.1 200 OK\r\n"))
        #expect(opening.contains("Content-Type: text/event-stream"))
        #expect(eventually { site.server.hub.count == 1 })
        site.server.notifyReload()
        #expect(stream.readText(until: "event: reload\ndata: 2\n\n").contains("event: reload\ndata: 2\n\n"))
        #expect(try fetch(port: site.port, "/__shopsite/version").text == "2\n")
    }

    @Test func thePageCarriesTheVersionItWasServedAt() throws {
        let site = try ServedSite()
        defer { site.stop() }
        site.server.notifyReload()
        site.server.notifyReload()
        #expect(try fetch(port: site.port, "/").text.contains("var v=\"3\""))
    }

    @Test func theOverlayShowsTheEscapedErrorThenClears() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let message = "content/products/hd-t001.md:7: error: price tier <min_qty> must be > 0 & \"rising\""
        site.server.showError(message)
        let broken = try fetch(port: site.port, "/products/hd-t001.html")
        #expect(broken.status == 200)
        #expect(broken.text.contains("T-shirt"))
        #expect(broken.text.contains("shopsite-error-overlay"))
        #expect(broken.text.contains(
            "content/products/hd-t001.md:7: error: price tier &lt;min_qty&gt; must be &gt; 0 &amp; &quot;rising&quot;"))
        #expect(!broken.text.contains("<min_qty>"))
        #expect(broken.text.contains("data-shopsite-live-reload"))
        let missing = try fetch(port: site.port, "/gone.html")
        #expect(missing.status == 404)
        #expect(missing.text.contains("shopsite-error-overlay"))
        #expect(!(try fetch(port: site.port, "/style.css").text.contains("overlay")))

        site.server.showError(nil)
        let fixed = try fetch(port: site.port, "/products/hd-t001.html").text
        #expect(!fixed.contains("shopsite-error-overlay"))
        #expect(fixed.contains("T-shirt"))
    }

    @Test func streamsAreClosedOnStop() throws {
        let site = try ServedSite()
        let stream = try RawConnection(port: site.port)
        try stream.send("GET /__shopsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        _ = stream.readText(until: "data: 1\n\n")
        site.stop()
        let rest = stream.read(seconds: 5)
        #expect(rest.isEmpty)
        #expect(site.server.hub.count == 0)
    }

    @Test(arguments: [
        ("<html><body>x</body></html>", "<html><body>x[S]</body></html>"),
        ("<HTML><BODY>x</BODY></HTML>", "<HTML><BODY>x[S]</BODY></HTML>"),
        ("<p>no body</p>", "<p>no body</p>[S]"),
        ("<body>a</body>b</body>", "<body>a</body>b[S]</body>"),
    ])
    func injectionGoesBeforeTheLastBodyEnd(page: String, expected: String) {
        let result = LiveReloadSnippet.inject("[S]", into: Array(page.utf8))
        #expect(String(decoding: result, as: UTF8.self) == expected)
    }
}
