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

    @Test func checkPrintsOnlyTheFiveIntendedWarnings() {
        let outcome = ShopCommands.check(shopPath: Self.repositoryRoot, language: .en)
        #expect(outcome.exitCode == 0)
        let lines = outcome.stderr.split(separator: "\n").filter { $0.contains(": warning: ") || $0.contains(": error: ") }
        #expect(lines.map { String($0.prefix { $0 != " " }) } == [
            "content/orders/2025-10/O-20251027-01.md:8:",
            "content/orders/2025-11/O-20251107-01.md:5:",
            "content/orders/2025-11/O-20251120-01.md:4:",
            "content/orders/2025-11/O-20251125-01.md:11:",
            "content/products/YX-H201.md:9:",
        ])
    }
}
