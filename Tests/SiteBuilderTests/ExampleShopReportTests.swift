import Foundation
import Testing
@testable import SiteBuilder

/// The example shop's report against a golden file computed independently (by hand, from the spec's formulas).
@Suite struct ExampleShopReportTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    @Test func reportMatchesTheHandComputedGoldenFileByteForByte() throws {
        let outcome = ShopCommands.report(shopPath: Self.repositoryRoot, asOf: nil, language: .en)
        #expect(outcome.exitCode == 0, "\(outcome.stderr)")
        let golden = try String(contentsOfFile: Self.repositoryRoot + "/Tests/SiteBuilderTests/Fixtures/example-report.json", encoding: .utf8)
        #expect(outcome.stdout == golden)
    }

    /// The four order and lead-time warnings, one deliberate case of each of the guide's product checks (O-20251026-01
    /// below YX-L102's floor price, YX-A102's 首选 in its body, the titles of the draft YX-H301 and the delisted YX-S901
    /// without their MOQ, YX-L102's 定制 and 来图, YX-S901's three images), O-20251125-01's late tracking and the second
    /// marketing contact to the new customer C-007. `check` reads the photos' headers: YX-L102's 640 × 480 main photo is
    /// small and not square (line 14); its background warning needs the pixels and comes from `build` only.
    @Test func checkPrintsOnlyTheIntendedWarnings() {
        let outcome = ShopCommands.check(shopPath: Self.repositoryRoot, language: .en)
        #expect(outcome.exitCode == 0)
        let lines = outcome.stderr.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") }
        let fewImages = lines.filter { $0.contains("the guide asks for 5") }
        #expect(fewImages.count == 1)
        #expect(lines.filter { !$0.contains("the guide asks for 5") }.map { String($0.prefix { $0 != " " }) } == [
            "content/customers/C-007.md:13:",
            "content/orders/2025-10/O-20251026-01.md:7:",
            "content/orders/2025-10/O-20251027-01.md:8:",
            "content/orders/2025-11/O-20251107-01.md:5:",
            "content/orders/2025-11/O-20251120-01.md:4:",
            "content/orders/2025-11/O-20251125-01.md:11:",
            "content/products/YX-A102.md:30:",
            "content/products/YX-H201.md:9:",
            "content/products/YX-H301.md:3:",
            "content/products/YX-L102.md:3:",
            "content/products/YX-L102.md:3:",
            "content/products/YX-L102.md:14:",
            "content/products/YX-L102.md:14:",
            "content/products/YX-S901.md:3:",
        ])
    }
}
