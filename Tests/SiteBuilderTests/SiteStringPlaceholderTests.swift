import Testing
@testable import SiteBuilder

/// Counted and filled UI phrases go through `PlaceholderText` (its own table is in TextEscapingTests).
@Suite struct SiteStringPlaceholderTests {
    @Test func countedAndFilledStringsUseIt() {
        #expect(SiteString("{count} products", one: "{count} product").counted(1) == "1 product")
        #expect(SiteString("{count} products", one: "{count} product").counted(12_345) == "12,345 products")
        #expect(SiteStrings.fill("{a} and {b}", [("a", "x"), ("b", "{a}")]) == "x and {a}")
    }
}
