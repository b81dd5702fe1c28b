import Foundation
import Testing
@testable import PreviewServer

@Suite struct PreviewSessionTests {
    /// A stand-in for SiteBuilder: renders each content/*.md file to public/NAME.html, and fails
    /// with a `path:line: error:` message when a file contains BROKEN.
    static func fakeBuild(shop: String, calls: Recorder<Set<String>>) -> PreviewSession.Rebuild {
        { changed in
            calls.append(changed)
            let content = shop + "/content"
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: content)) ?? []).sorted()
            var pages: [(String, String)] = []
            for name in names where name.hasSuffix(".md") {
                let text = (try? String(contentsOfFile: content + "/" + name, encoding: .utf8)) ?? ""
                if text.contains("BROKEN") {
                    return .failure(PreviewBuildError("content/\(name):2: error: moq must be a whole number, not <BROKEN>"))
                }
                pages.append((String(name.dropLast(3)), text))
            }
            try? FileManager.default.createDirectory(atPath: shop + "/public", withIntermediateDirectories: true)
            for (slug, text) in pages {
                let html = "<!doctype html><html><body><main>\(text)</main></body></html>"
                try? Data(html.utf8).write(to: URL(fileURLWithPath: shop + "/public/\(slug).html"))
            }
            return .success(())
        }
    }

    @Test func editFailAndFixRoundTrip() throws {
        let shop = try TemporaryFolder()
        try shop.write("content/shirt.md", "Price 10")
        try shop.makeFolder("templates")
        let calls = Recorder<Set<String>>()
        let lines = Recorder<String>()
        let session = PreviewSession(
            outputRoot: shop.path + "/public", watchBase: shop.path, watchRoots: ["content", "templates"], port: 0,
            log: { lines.append($0) }, rebuild: Self.fakeBuild(shop: shop.path, calls: calls))
        let port = try session.start()
        defer { session.stop() }
        #expect(lines.all.contains { $0.hasPrefix("Serving at http://127.0.0.1:\(port)/") })
        #expect(calls.all == [[]])
        #expect(try fetch(port: port, "/shirt.html").text.contains("<main>Price 10</main>"))

        let stream = try RawConnection(port: port)
        try stream.send("GET /__shopsite/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(stream.readText(until: "event: version\n").contains("event: version\n"))

        try shop.write("content/shirt.md", "Price 12")
        #expect(try eventually { try fetch(port: port, "/shirt.html").text.contains("<main>Price 12</main>") })
        #expect(stream.readText(until: "event: reload\n").contains("event: reload\n"))
        #expect(calls.all.dropFirst().contains { $0.contains("content/shirt.md") })

        try shop.write("content/shirt.md", "Price BROKEN")
        #expect(try eventually { try fetch(port: port, "/shirt.html").text.contains("shopsite-error-overlay") })
        let broken = try fetch(port: port, "/shirt.html").text
        #expect(broken.contains("content/shirt.md:2: error: moq must be a whole number, not &lt;BROKEN&gt;"))
        #expect(broken.contains("<main>Price 12</main>"))

        try shop.write("content/shirt.md", "Price 13")
        // The fixed page is on disk a moment before the session forgets the failure (the build writes, then
        // returns): wait for both, or a loaded machine sees the new page still wearing the old overlay.
        #expect(try eventually {
            let page = try fetch(port: port, "/shirt.html").text
            return page.contains("<main>Price 13</main>") && !page.contains("shopsite-error-overlay")
        })
    }

    @Test func aFailedFirstBuildStillServesTheOverlay() throws {
        let shop = try TemporaryFolder()
        try shop.write("content/shirt.md", "BROKEN")
        let calls = Recorder<Set<String>>()
        let session = PreviewSession(
            outputRoot: shop.path + "/public", watchBase: shop.path, watchRoots: ["content"], port: 0,
            log: { _ in }, rebuild: Self.fakeBuild(shop: shop.path, calls: calls))
        let port = try session.start()
        defer { session.stop() }
        let page = try fetch(port: port, "/")
        #expect(page.status == 404)
        #expect(page.text.contains("content/shirt.md:2: error:"))
        try shop.write("content/shirt.md", "Fixed")
        #expect(try eventually { try fetch(port: port, "/shirt.html").status == 200 })
    }

    @Test func sigtermStopsARunningSession() throws {
        let shop = try TemporaryFolder()
        try shop.write("content/shirt.md", "Price 10")
        let session = PreviewSession(
            outputRoot: shop.path + "/public", watchBase: shop.path, watchRoots: ["content"], port: 0,
            log: { _ in }, rebuild: Self.fakeBuild(shop: shop.path, calls: Recorder()))
        let returned = Recorder<Bool>()
        Thread {
            do {
                try session.runUntilInterrupted()
                returned.append(true)
            } catch {
                returned.append(false)
            }
        }.start()
        defer { session.stop() }
        // The port is only set once the signal handlers are in place, so the signal cannot kill the test run.
        #expect(eventually { session.server.port != nil })
        let port = try #require(session.server.port)
        #expect(try fetch(port: port, "/shirt.html").status == 200)
        kill(getpid(), SIGTERM)
        #expect(eventually { returned.all == [true] })
        #expect(session.server.port == nil)
        #expect(throws: RawConnection.Failure.self) { try RawConnection(port: port) }
    }
}
