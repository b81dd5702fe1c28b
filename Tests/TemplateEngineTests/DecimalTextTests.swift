import Testing
@testable import TemplateEngine

/// Fixed decimals written byte by byte: rounding, grouping, the sign before the symbol.
@Suite struct DecimalTextTests {
    @Test(arguments: [
        (Int64(12_345_000), 2, true, "¥", "¥1,234.50"),
        (Int64(-12_345_000), 2, true, "¥", "-¥1,234.50"),
        (Int64(-40), 2, true, "¥", "¥0.00"),
        (Int64(-50), 2, true, "¥", "-¥0.01"),
        (Int64(350), 4, true, "¥", "¥0.0350"),
        (Int64(9_999_999_999_950), 2, true, "", "1,000,000,000.00"),
        (Int64(1_000_000), 0, false, "US$", "US$100"),
        (Int64.max, 4, true, "", "922,337,203,685,477.5807"),
        (Int64.min + 1, 0, true, "¥", "-¥922,337,203,685,478"),
        (Int64(5_000), 1, false, "", "0.5"),
    ] as [(Int64, Int, Bool, String, String)])
    func writesFixedDecimals(value: Int64, places: Int, grouping: Bool, symbol: String, expected: String) {
        #expect(DecimalText.fixed(value, places: places, grouping: grouping, symbol: symbol) == expected)
    }
}
