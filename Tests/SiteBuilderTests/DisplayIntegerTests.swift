import Testing
@testable import SiteBuilder

/// `Display.integer` groups thousands with commas, the sign kept in front, for every magnitude (the order page's
/// quantities and carton counts, the tables' totals).
@Suite struct DisplayIntegerTests {
    @Test(arguments: [
        (0, "0"), (7, "7"), (999, "999"), (-999, "-999"), (1_000, "1,000"), (-1_000, "-1,000"), (12_480, "12,480"),
        (100_000, "100,000"), (1_234_567, "1,234,567"), (-1_234_567, "-1,234,567"),
        (Int.max, "9,223,372,036,854,775,807"), (Int.min, "-9,223,372,036,854,775,808"),
    ])
    func groupsThousands(value: Int, text: String) {
        #expect(Display.integer(value) == text)
    }
}
