import Foundation
@testable import SiteOutput
import Testing
@testable import SiteBuilder

@Suite struct OutputFolderTests {
    /// A fresh temporary shop folder with content/ and templates/.
    static func makeShop() throws -> String {
        let root = TestScratch.path("out")
        try FileManager.default.createDirectory(atPath: root + "/shop/content", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/shop/templates", withIntermediateDirectories: true)
        return root + "/shop"
    }

    @Test(arguments: [
        ("/", "the root folder"), (".", "it contains the shop"), ("..", "it contains the shop"),
        ("content", "inside the shop's content/"), ("content/x", "inside the shop's content/"), ("templates", "inside the shop's templates/"),
    ])
    func refusesDangerousFolders(output: String, reason: String) throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let target = output.hasPrefix("/") ? output : shop + "/" + output
        #expect { try OutputFolder(path: target, shopPath: shop) } throws: { error in
            "\(error)".contains(reason)
        }
    }

    @Test func refusesHomeFolder() throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let home = try #require(ProcessInfo.processInfo.environment["HOME"])
        #expect(throws: (any Error).self) { try OutputFolder(path: home, shopPath: shop) }
    }

    @Test func refusesNonEmptyFolderItDidNotCreate() throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        try FileManager.default.createDirectory(atPath: shop + "/public", withIntermediateDirectories: true)
        try Data("precious".utf8).write(to: URL(fileURLWithPath: shop + "/public/thesis.txt"))
        #expect { try OutputFolder(path: shop + "/public", shopPath: shop) } throws: { "\($0)".contains("not created by shopsite") }
        #expect(FileManager.default.fileExists(atPath: shop + "/public/thesis.txt"))
    }

    @Test func commitReplacesWholeOutputAndDiscardKeepsIt() throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let output = try OutputFolder(path: shop + "/public", shopPath: shop)
        let first = try output.stage()
        try first.write("old", to: "index.html")
        try first.write("stale", to: "products/A/index.html")
        try first.commit()
        #expect(try String(contentsOfFile: shop + "/public/index.html", encoding: .utf8) == "old")

        let failed = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        try failed.write("half", to: "index.html")
        failed.discard()
        #expect(try String(contentsOfFile: shop + "/public/index.html", encoding: .utf8) == "old")

        let second = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        try second.write("new", to: "index.html")
        try second.commit()
        #expect(try String(contentsOfFile: shop + "/public/index.html", encoding: .utf8) == "new")
        #expect(!FileManager.default.fileExists(atPath: shop + "/public/products/A/index.html"), "nothing stale survives")
        #expect(FileManager.default.fileExists(atPath: shop + "/public/" + OutputFolder.markerName))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: shop).filter { $0.contains("shopsite-tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["../x", "/etc/passwd", "a/../../b", "", "a//b", "./a"])
    func refusesPathsLeavingTheSite(path: String) throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let staging = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        defer { staging.discard() }
        #expect(throws: (any Error).self) { try staging.write("x", to: path) }
    }

    /// The pid of a process that has just exited (so no build of that pid is running).
    static func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A killed build's leftovers: its staging folder goes; the previous site its rename fallback had moved aside
    /// comes back when the output is missing, and is dropped when the output is there.
    @Test(arguments: [false, true])
    func cleansUpAfterAKilledBuild(outputPresent: Bool) throws {
        let shop = try Self.makeShop()
        defer { try? FileManager.default.removeItem(atPath: shop + "/..") }
        let staging = shop + "/.public.shopsite-tmp-\(try Self.deadPID())", aside = staging + ".old"
        try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: aside, withIntermediateDirectories: true)
        try "previous".write(toFile: aside + "/index.html", atomically: false, encoding: .utf8)
        try "marker".write(toFile: aside + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        if outputPresent {
            try FileManager.default.createDirectory(atPath: shop + "/public", withIntermediateDirectories: true)
            try "current".write(toFile: shop + "/public/index.html", atomically: false, encoding: .utf8)
            try "marker".write(toFile: shop + "/public/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        }
        let next = try OutputFolder(path: shop + "/public", shopPath: shop).stage()
        next.discard()
        #expect(!FileManager.default.fileExists(atPath: staging))
        #expect(!FileManager.default.fileExists(atPath: aside))
        let site = try String(contentsOfFile: shop + "/public/index.html", encoding: .utf8)
        #expect(site == (outputPresent ? "current" : "previous"))
    }
}
