import Foundation
import Testing
@testable import PreviewServer

@Suite struct ServingTests {
    @Test(arguments: [
        ("/", "text/html; charset=utf-8"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/products/", "text/html; charset=utf-8"),
        ("/style.css", "text/css; charset=utf-8"),
        ("/app.js", "text/javascript; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/report.json", "application/json; charset=utf-8"),
        ("/prices.csv", "text/csv; charset=utf-8"),
    ])
    func servesFilesWithTheirContentType(path: String, type: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetch(port: site.port, path)
        #expect(response.status == 200)
        #expect(response[header: "Content-Type"] == type)
        #expect(response[header: "Content-Length"] == String(response.body.count))
        #expect(response[header: "Cache-Control"] == "no-cache")
        #expect(response[header: "X-Content-Type-Options"] == "nosniff")
    }

    @Test func servesTheFileBytesUnchangedForAssets() throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(try fetch(port: site.port, "/prices.csv").text == "sku,price\nHD-T001,12.50\n")
        #expect(try fetch(port: site.port, "/style.css?v=3").text == "body { color: red }")
    }

    @Test func headSendsTheHeadersWithoutABody() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let get = try fetch(port: site.port, "/style.css")
        let head = try fetch(port: site.port, "/style.css", method: "HEAD")
        #expect(head.status == 200)
        #expect(head[header: "Content-Type"] == "text/css; charset=utf-8")
        #expect(head[header: "Content-Length"] == String(get.body.count))
        #expect(head.body.isEmpty)
    }

    @Test(arguments: ["POST", "PUT", "DELETE", "OPTIONS"])
    func otherMethodsGet405WithAllow(method: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetch(port: site.port, "/index.html", method: method)
        #expect(response.status == 405)
        #expect(response[header: "Allow"] == "GET, HEAD")
    }

    @Test func aMissingFileGets404WithThe404Page() throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetch(port: site.port, "/products/no-such-sku.html")
        #expect(response.status == 404)
        #expect(response[header: "Content-Type"] == "text/html; charset=utf-8")
        #expect(response.text.contains("No such page in this shop"))
    }

    @Test func aMissingFileWithout404PageGetsABuiltIn404() throws {
        let site = try ServedSite()
        defer { site.stop() }
        try FileManager.default.removeItem(atPath: site.root + "/404.html")
        let response = try fetch(port: site.port, "/nothing.css")
        #expect(response.status == 404)
        #expect(response.text.contains("404 Not Found"))
    }

    @Test(arguments: [("/products", "/products/"), ("/products?page=2", "/products/?page=2")])
    func aFolderWithoutSlashRedirects(path: String, location: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetch(port: site.port, path)
        #expect(response.status == 301)
        #expect(response[header: "Location"] == location)
    }

    @Test func aFolderWithoutIndexIsNotListed() throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(try fetch(port: site.port, "/a/").status == 404)
    }

    @Test(arguments: ["garbage\r\n\r\n", "GET /\r\n\r\n", "GET index.html HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nno colon\r\n\r\n"])
    func malformedRequestsGet400(request: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(try fetchRaw(port: site.port, request).status == 400)
    }
}
