import Testing
@testable import SiteBuilder

/// `check` and `report` as functions: printed text and exit status.
struct ShopCommandsTests {
    @Test func checkOnAValidShopRunsTheShopChecksAndExitsZero() {
        let outcome = ShopCommands.check(shopPath: Fixture.path("valid-shop"), language: .en)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == """
            content/products/2024/HD-C002.md:1: warning: active product has no lead_time_days; the default of 15 days for custom products applies
            content/products/2024/HD-C002.md:1: warning: product has 0 images; the guide asks for 5, the first on a white background
            content/products/2024/HD-C002.md:3: warning: title does not state the minimum order (起批 / 起订 / 件起)
            content/products/HD-D003.md:1: warning: product has 0 images; the guide asks for 5, the first on a white background
            content/products/HD-D003.md:2: warning: title does not state the minimum order (起批 / 起订 / 件起)
            content/products/HD-T001.md:1: warning: product has 0 images; the guide asks for 5, the first on a white background

            """)
        #expect(outcome.stdout == "checked 3 products, 1 customer, 2 orders, 1 quote, 1 promotion, 1 page: 0 errors, 6 warnings\n")
    }

    @Test func checkPrintsErrorsSortedAndExitsOne() {
        let outcome = ShopCommands.check(shopPath: Fixture.path("bad-csv-row"), language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stderr == """
            content/data/traffic.csv:3: error: `visitors` must be a whole number of at least 0, not `abc`
            content/data/traffic.csv:4: error: `2025-11-31` is not a valid date (YYYY-MM-DD)
            content/products/SKU-1.md:1: warning: product has 0 images; the guide asks for 5, the first on a white background
            content/products/SKU-1.md:3: warning: title does not state the minimum order (起批 / 起订 / 件起)

            """)
    }

    @Test func checkWithOnlyWarningsExitsZero() {
        let outcome = ShopCommands.check(shopPath: Fixture.path("unknown-csv-sku"), language: .en)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stderr == """
            content/data/traffic.csv:3: warning: unknown sku `NOPE`; the row is left out
            content/products/SKU-1.md:1: warning: product has 0 images; the guide asks for 5, the first on a white background
            content/products/SKU-1.md:3: warning: title does not state the minimum order (起批 / 起订 / 件起)

            """)
    }

    @Test func reportOnContentErrorsPrintsNoJSONAndExitsOne() {
        let outcome = ShopCommands.report(shopPath: Fixture.path("unknown-customer"), asOf: nil, language: .en)
        #expect(outcome.exitCode == 1)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr == "content/orders/O-1.md:3: error: unknown customer `C-9`\n")
    }

    @Test func reportPrintsJSONWithTheAsOfDate() {
        let outcome = ShopCommands.report(shopPath: Fixture.path("valid-shop"), asOf: nil, language: .en)
        #expect(outcome.exitCode == 0)
        #expect(outcome.stdout.contains("\"as_of\": \"2025-11-30\""))
    }
}

/// Image paths in front matter are looked up under content/ only.
struct ImageExistsTests {
    @Test(arguments: [("data/traffic.csv", true), ("data/missing.png", false), ("../content/site.yaml", false),
                      ("/etc/passwd", false), ("data", false)])
    func imageExistsOnlyForFilesUnderContent(path: String, exists: Bool) {
        #expect(ShopCommands.imageExists(path, shopPath: Fixture.path("valid-shop")) == exists)
    }
}
