import Foundation
import Testing
@testable import SiteBuilder

/// The tests stand alone: the shop generator they need lives in the repository, and no test reaches outside it.
@Suite struct GeneratedShopTests {
    @Test func aGeneratedShopBuildsWithoutErrorsAndIsTheSameEveryTime() throws {
        let shape = GeneratedShop(products: 40, customers: 8, orders: 60, quotes: 6, days: 30)
        let first = try shape.write(to: SiteFixture.temporaryFolder("generated"))
        let second = try shape.write(to: SiteFixture.temporaryFolder("generated"))
        defer { for folder in [first, second] { try? FileManager.default.removeItem(atPath: folder) } }
        #expect(SiteFixture.files(in: first + "/content") == SiteFixture.files(in: second + "/content"))
        #expect(SiteFixture.files(in: first + "/content").count == 1 + 1 + 1 + 40 + 8 + 60 + 6 + 1)
        let outcome = SiteBuild.run(BuildOptions(shopPath: first, outputPath: first + "/public"))
        #expect(outcome.succeeded)
        #expect(outcome.diagnostics.errors.isEmpty, "\(outcome.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: first + "/public/products/SKU-000039.html"))
    }

    @Test func noTestReadsTheSharedBenchFolderOutsideTheRepository() throws {
        let tests = SiteFixture.repository + "/Tests"
        let outside = ["shared" + "/bench", "/work/" + "shared"]
        let files = try FileManager.default.subpathsOfDirectory(atPath: tests)
            .filter { $0.hasSuffix(".swift") || $0.hasSuffix(".sh") || $0.hasSuffix(".py") }
        #expect(files.contains("SiteBuilderTests/HostileInterruptedBuildTests.swift"))
        for file in files {
            let text = (try? String(contentsOfFile: tests + "/" + file, encoding: .utf8)) ?? ""
            for path in outside { #expect(!text.contains(path), "\(file) uses \(path)") }
        }
    }
}
