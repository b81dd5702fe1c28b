import Testing
@testable import ShopModel

@Suite struct MoneyTests {
    @Test(arguments: [
        ("18", 180_000), ("18.5", 185_000), ("0.035", 350), ("-3", -30_000), ("+2.50", 25_000), (".5", 5_000), ("12.3456", 123_456),
    ] as [(String, Int64)])
    func parsesWrittenAmounts(text: String, tenThousandths: Int64) throws {
        #expect(try Money.parse(text).tenThousandths == tenThousandths)
    }

    @Test(arguments: ["12.3.4", "abc", "", "-", "1,000", "1e3", "12.34567"])
    func refusesMalformedAmounts(text: String) {
        #expect(throws: Money.ParseError.self) { try Money.parse(text) }
    }

    @Test func moreThanFourDecimalsSaysSo() {
        #expect(throws: Money.ParseError.tooManyDecimals("0.12345")) { try Money.parse("0.12345") }
    }

    @Test func lineAmountRoundsHalfUpWhereBinaryFloatingPointDoesNot() throws {
        // 1003 × 0.035 = 35.105 exactly; a Double holds 35.10499… and rounds to 35.10.
        let amount = (try Money.parse("0.035") * 1003).rounded()
        #expect(amount.plain == "35.11")
    }

    @Test func pointOnePlusPointTwoIsPointThree() throws {
        #expect(try Money.parse("0.1") + Money.parse("0.2") == Money.parse("0.3"))
    }

    @Test(arguments: [
        ("100.00", "5", "5.00"), ("33.33", "5", "1.67"), ("10.10", "5", "0.51"), ("0.10", "5", "0.01"), ("0.09", "5", "0.00"),
    ])
    func percentOfAmountRoundsHalfAwayFromZero(amount: String, percent: String, expected: String) throws {
        #expect(try Money.parse(amount).rounded(percent: Rate.parse(percent)).plain == expected)
    }

    @Test(arguments: [("1000", "0.13", "130.00"), ("15.5", "0.13", "2.02"), ("0.5", "0.13", "0.07"), ("-0.5", "0.13", "-0.07")])
    func taxRoundsHalfAwayFromZero(amount: String, rate: String, expected: String) throws {
        #expect(try Money.parse(amount).rounded(times: Rate.parse(rate)).plain == expected)
    }

    @Test(arguments: [("1234.5", "1,234.50"), ("0", "0.00"), ("1000000", "1,000,000.00"), ("-1234.5", "-1,234.50"), ("999.999", "1,000.00")])
    func groupsThousands(amount: String, expected: String) throws {
        #expect(try Money.parse(amount).formatted(fractionDigits: 2, grouping: true) == expected)
    }

    @Test func descriptionIsShortestExactForm() throws {
        #expect(try Money.parse("18.5000").description == "18.5")
        #expect(try Money.parse("0.035").description == "0.035")
        #expect(Money(18).description == "18")
    }
}

@Suite struct DayTests {
    @Test(arguments: ["2025-11-30", "2024-02-29", "1970-01-01", "2000-12-31"])
    func roundTrips(text: String) throws {
        let day = try #require(Day(text))
        #expect(day.description == text)
    }

    @Test(arguments: ["2025-13-45", "2025-02-29", "2025-1-1", "20251130", "2025-11-31", "abcd-ef-gh", ""])
    func refusesImpossibleDates(text: String) {
        #expect(Day(text) == nil)
    }

    @Test func countsDaysAcrossMonths() throws {
        let a = try #require(Day("2025-11-01")), b = try #require(Day("2025-12-01"))
        #expect(a.distance(to: b) == 30)
        #expect(a.adding(days: 3).description == "2025-11-04")
    }
}
