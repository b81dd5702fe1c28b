import Foundation
import Testing
@testable import PreviewServer

@Suite struct PathSafetyTests {
    @Test(arguments: [
        "/../secret.txt",
        "/../../../../etc/passwd",
        "/%2e%2e/secret.txt",
        "/%2E%2E/secret.txt",
        "/a/%2e%2e/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/a%2f..%2f..%2fsecret.txt",
        "/a/./x",
        "/%00index.html",
        "/index.html%00.css",
        "/..%5csecret.txt",
    ])
    func traversalIsRefused(path: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        let response = try fetch(port: site.port, path)
        #expect(response.status == 403)
        #expect(!response.text.contains("TOP SECRET"))
    }

    @Test(arguments: ["/%zz", "/%e9.html", "/%4"])
    func malformedEscapesAreBadRequests(path: String) throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(try fetch(port: site.port, path).status == 400)
    }

    @Test func aSymlinkOutOfTheRootIsRefused() throws {
        let site = try ServedSite()
        defer { site.stop() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/leak.txt", withDestinationPath: site.folder.path + "/secret.txt")
        try FileManager.default.createSymbolicLink(atPath: site.root + "/up", withDestinationPath: site.folder.path)
        for path in ["/leak.txt", "/up/secret.txt"] {
            let response = try fetch(port: site.port, path)
            #expect(response.status == 403, "\(path)")
            #expect(!response.text.contains("TOP SECRET"))
        }
    }

    @Test func aSymlinkInsideTheRootIsServed() throws {
        let site = try ServedSite()
        defer { site.stop() }
        try FileManager.default.createSymbolicLink(atPath: site.root + "/main.css", withDestinationPath: site.root + "/style.css")
        let response = try fetch(port: site.port, "/main.css")
        #expect(response.status == 200)
        #expect(response.text == "body { color: red }")
    }

    @Test func encodedNamesAreDecoded() throws {
        let site = try ServedSite()
        defer { site.stop() }
        try site.folder.write("public/价格 表.csv", "a,b\n")
        let response = try fetch(port: site.port, "/%E4%BB%B7%E6%A0%BC%20%E8%A1%A8.csv")
        #expect(response.status == 200)
        #expect(response.text == "a,b\n")
    }

    @Test(arguments: [
        ("/../x", PathResolver.Resolution.forbidden),
        ("/%2e%2e", .forbidden),
        ("/a%2Fb", .forbidden),
        ("/%zz", .badRequest),
        ("/missing", .notFound),
        ("/products", .redirect("/products/")),
        ("//products", .redirect("/products/")),
        ("/style.css/", .notFound),
        // An entity page's old folder URL (bookmarks from before pages became files) leads to its file.
        ("/products/hd-t001/", .redirect("/products/hd-t001.html")),
        ("/products/hd-t001", .redirect("/products/hd-t001.html")),
        ("/products/%68d-t001/", .redirect("/products/hd-t001.html")),
        ("/products/nope/", .notFound),
        ("/style/", .notFound),
        ("/products/hd-t001.html/", .notFound),
    ])
    func resolverOutcomes(path: String, expected: PathResolver.Resolution) throws {
        let site = try ServedSite()
        defer { site.stop() }
        #expect(PathResolver(root: site.root).resolve(path) == expected)
    }
}
