import Foundation
import Testing
@testable import SiteBuilder

/// `kill -9` in the middle of `shopsite build`: the output holds the whole old site or the whole new one, never
/// a mix, and the next build removes the dead build's staging folder.
@Suite(.serialized) struct HostileInterruptedBuildTests {
    /// The `shopsite` executable SwiftPM built next to this test bundle (`swift build --build-tests` builds it).
    static var executable: String? {
        let folder = Bundle.main.bundleURL.path.hasSuffix(".xctest")
            ? Bundle.main.bundleURL.deletingLastPathComponent().path : Bundle.main.bundleURL.path
        let candidates = [folder + "/shopsite", SiteFixture.repository + "/.build/debug/shopsite"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// A generated shop of a few thousand entities, in its own scratch folder.
    static func generatedShop() throws -> String {
        let shop = GeneratedShop(products: 2000, customers: 200, orders: 2000, quotes: 200)
        return try shop.write(to: SiteFixture.temporaryFolder("killed") + "/shop")
    }

    /// Starts `shopsite build`, waits until its staging folder appears (plus `delay`), then kills it with SIGKILL.
    /// Returns whether the kill landed while the build was still running.
    static func buildAndKill(_ executable: String, shop: String, output: String, delay: useconds_t) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["build", shop, "--output", output]
        process.environment = ProcessInfo.processInfo.environment.merging(["SHOPSITE_THEME": SiteFixture.repository + "/templates"]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let parent = (output as NSString).deletingLastPathComponent
        let staging = parent + "/.\((output as NSString).lastPathComponent).shopsite-tmp-\(process.processIdentifier)"
        var waited = 0
        while !FileManager.default.fileExists(atPath: staging) && process.isRunning && waited < 120_000 {
            usleep(2_000)
            waited += 2
        }
        usleep(delay)
        let wasRunning = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return wasRunning && process.terminationReason == .uncaughtSignal
    }

    @Test func killedBuildLeavesTheOldOrTheNewSiteAndTheNextBuildCleansUp() throws {
        guard let executable = Self.executable else {
            Issue.record("no shopsite executable beside the tests; run `swift build --build-tests` first")
            return
        }
        let shop = try Self.generatedShop()
        let root = (shop as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/public"

        // The old site, then an edit and a reference build of the new one.
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).succeeded)
        let oldSite = SiteFixture.files(in: output)
        let productFolder = shop + "/content/products"
        let someProduct = try #require(FileManager.default.subpathsOfDirectory(atPath: productFolder).sorted().first { $0.hasSuffix(".md") })
        let path = productFolder + "/" + someProduct
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: 新版 ").write(toFile: path, atomically: true, encoding: .utf8)
        let reference = root + "/reference"
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: reference)).succeeded)
        let newSite = SiteFixture.files(in: reference)
        #expect(oldSite != newSite)

        var interrupted = 0
        for delay: useconds_t in [0, 20_000, 100_000, 400_000, 1_000_000] {
            if try Self.buildAndKill(executable, shop: shop, output: output, delay: delay) { interrupted += 1 }
            let now = SiteFixture.files(in: output)
            #expect(now == oldSite || now == newSite, "after a kill \(delay / 1000) ms into the build the output is a mix")
            if now == newSite { break }  // the swap happened; later kills would compare new against new
        }
        #expect(interrupted > 0, "no kill landed while the build was running")
        if SiteFixture.files(in: output) == oldSite {
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.contains("shopsite-tmp") }
            #expect(!leftovers.isEmpty, "the last killed build left its staging folder behind")
        }

        // The next build removes the dead build's staging folder and writes the new site.
        #expect(SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)).succeeded)
        #expect(SiteFixture.files(in: output) == newSite)
        let remaining = try FileManager.default.contentsOfDirectory(atPath: root).filter { $0.contains("shopsite-tmp") }
        #expect(remaining.isEmpty, "stale staging folders: \(remaining)")
    }
}
