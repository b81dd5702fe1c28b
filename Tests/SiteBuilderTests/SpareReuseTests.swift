import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

/// Rebuilds overwrite the previous site kept as a spare: nothing stale survives, links and odd entries are replaced.
@Suite struct SpareReuseTests {
    static func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    /// Three builds into one output: the third reuses the site the second swapped out.
    @Test func thirdBuildOverwritesTheSpareAndPrunesWhatItDidNotWrite() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        let first = try output.stage()
        try first.write("one, a longer text than the next", to: "index.html")
        try first.write("gone", to: "products/A/index.html")
        try first.write("gone", to: "products/A/table.csv")
        try first.commit()
        #expect(!FileManager.default.fileExists(atPath: shop + "/.public.shopsite-spare"), "no previous site yet")

        let second = try output.stage()
        #expect(!second.reusesPreviousSite)
        try second.write("two", to: "index.html")
        try second.commit()
        let spare = shop + "/.public.shopsite-spare"
        #expect(Self.read(spare + "/index.html") == "one, a longer text than the next", "the first site is kept as the spare")

        // Odd things left in the spare: a symlink where a file goes, a file where a folder goes.
        let outside = shop + "/../outside.txt"
        try "untouched".write(toFile: outside, atomically: false, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: spare + "/customers", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: spare + "/customers/index.html", withDestinationPath: outside)
        try "x".write(toFile: spare + "/quotes", atomically: false, encoding: .utf8)

        let third = try output.stage()
        #expect(third.reusesPreviousSite)
        #expect(!FileManager.default.fileExists(atPath: spare))
        try third.write("three", to: "index.html")
        try third.write("c", to: "customers/index.html")
        try third.write("q", to: "quotes/Q-1/index.html")
        try third.commit()
        #expect(Self.read(shop + "/public/index.html") == "three", "cut to the new length")
        #expect(Self.read(shop + "/public/customers/index.html") == "c")
        #expect(Self.read(shop + "/public/quotes/Q-1/index.html") == "q")
        #expect(Self.read(outside) == "untouched", "a symlink in the spare is replaced, never written through")
        #expect(!FileManager.default.fileExists(atPath: shop + "/public/products"), "folders not written are pruned")
        let files = SiteFixture.files(in: shop + "/public").keys.sorted()
        #expect(files == ["customers/index.html", "index.html", "quotes/Q-1/index.html"])
        #expect(Self.read(spare + "/index.html") == "two")
    }

    /// A spare built with folder pages (`products/A/index.html`) overwritten by a build with file pages (`products/A.html`).
    @Test func aSpareWithFolderPagesIsPrunedToFilePages() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        let old = try output.stage()
        for page in ["index.html", "products/index.html", "products/A/index.html", "products/B.html/index.html",
                     "products/index/index.html", "customers/C-1/index.html", "pages/about/index.html"] {
            try old.write("old " + page, to: page)
        }
        try old.commit()
        let second = try output.stage()
        try second.write("two", to: "index.html")
        try second.commit()

        let flat = try output.stage()
        #expect(flat.reusesPreviousSite)
        let pages = ["index.html", "products/index.html", "products/A.html", "products/B.html", "products/index/index.html",
                     "customers/C-1.html", "pages/about.html"]
        for page in pages { try flat.write("new " + page, to: page) }
        try flat.commit()
        let public_ = shop + "/public"
        #expect(SiteFixture.files(in: public_).keys.sorted() == pages.sorted())
        for page in pages { #expect(Self.read(public_ + "/" + page) == "new " + page) }
        for folder in ["products/A", "customers/C-1", "pages/about"] {
            #expect(!FileManager.default.fileExists(atPath: public_ + "/" + folder), "\(folder) is pruned")
        }
    }

    @Test func failedRebuildKeepsTheOutputAndTheSpare() throws {
        let shop = try OutputFolderTests.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        for text in ["one", "two"] {
            let staging = try output.stage()
            try staging.write(text, to: "index.html")
            try staging.commit()
        }
        let failed = try output.stage()
        #expect(failed.reusesPreviousSite)
        try failed.write("half", to: "index.html")
        failed.discard()
        #expect(Self.read(shop + "/public/index.html") == "two")
        let names = try FileManager.default.contentsOfDirectory(atPath: shop).sorted()
        #expect(names == [".public.shopsite-spare", "content", "public", "templates"])
    }

    @Test(arguments: [
        ("index.html", true), ("products/HD-T001/index.html", true), ("assets/.../x", true), ("a/.b/c", true), ("纯棉/x", true),
        ("", false), ("/etc/passwd", false), ("../x", false), ("a/../../b", false), ("a//b", false), ("./a", false), ("a/.", false),
        ("a/", false), ("a\u{0}b", false), ("/\u{301}abc", false), ("..", false),
    ])
    func sitePathsStayInsideTheOutput(path: String, safe: Bool) {
        #expect(StagingFolder.isSafe(path) == safe)
    }

    @Test(arguments: [
        ("<a href=\"/pages/shipping/\">x</a>", "<a href=\"../../pages/shipping.html\">x</a>"),
        ("<a href=\"/pages/a#b\">x</a><img src=\"/assets/i.png\" alt=\"\">", "<a href=\"../../pages/a#b\">x</a><img src=\"../../assets/i.png\" alt=\"\">"),
        ("<a href=\"/?q=1\">x</a>", "<a href=\"../../index.html?q=1\">x</a>"),
        ("<a href=\"//cdn.example/x\">x</a>", "<a href=\"//cdn.example/x\">x</a>"),
        ("<a href=\"https://e.com/\">x</a> =\"/", "<a href=\"https://e.com/\">x</a> =\"../../index.html"),
        ("纯棉 <a href=\"/pages/\">链接</a>", "纯棉 <a href=\"../../pages/index.html\">链接</a>"),
        ("纯棉 <a href=\"/p/\">链接</a>", "纯棉 <a href=\"/p/\">链接</a>"),
    ])
    func siteAbsoluteLinksBecomeRelative(html: String, expected: String) {
        let out = HTMLText.relativizingLinks(Array(html.utf8), root: "../../")
        #expect(String(decoding: out, as: UTF8.self) == expected)
    }
}
