import Testing
@testable import ShopModel

/// `Rate`, the exact decimal of tax rates and discount percentages: read like money, never added to money,
/// and scaling an amount by the spec's formulas (round2(amount × rate), round2(amount × percent / 100)).
@Suite struct RateTests {
    @Test(arguments: [("0.13", 1300 as Int64, "0.13"), ("5", 50_000, "5"), ("2.50", 25_000, "2.5"), ("0.0001", 1, "0.0001")])
    func parsesExactlyAndPrintsTheShortestForm(text: String, tenThousandths: Int64, printed: String) throws {
        let rate = try Rate.parse(text)
        #expect(rate.tenThousandths == tenThousandths)
        #expect(rate.description == printed)
    }

    @Test func refusesWhatMoneyRefusesWithTheSameMessages() {
        #expect { try Rate.parse("0.12345") } throws: { ($0 as? Money.ParseError)?.description == "`0.12345` has more than 4 decimals" }
        #expect { try Rate.parse("13%") } throws: { ($0 as? Money.ParseError)?.description == "`13%` is not a decimal amount" }
    }

    @Test(arguments: [("1000", "0.13", "130.00"), ("1209.23", "0.13", "157.20"), ("0.5", "0.13", "0.07"), ("-0.5", "0.13", "-0.07")])
    func taxIsTheAmountTimesTheRateRoundedHalfAway(amount: String, rate: String, expected: String) throws {
        #expect(try Money.parse(amount).rounded(times: Rate.parse(rate)).plain == expected)
        #expect(try Money.parse(amount).roundedTimes(rate: Rate.parse(rate))?.plain == expected)
    }

    @Test(arguments: [("1035.11", "5", "51.76"), ("1035.11", "2.5", "25.88"), ("0.09", "5", "0.00"), ("100", "100", "100.00")])
    func percentIsTheAmountTimesPercentOverAHundred(amount: String, percent: String, expected: String) throws {
        #expect(try Money.parse(amount).rounded(percent: Rate.parse(percent)).plain == expected)
        #expect(try Money.parse(amount).roundedTimes(percent: Rate.parse(percent))?.plain == expected)
    }

    @Test func aDiscountOfMoreThanAHundredPercentIsRefused() throws {
        #expect(Rate(100) == Rate.hundredPercent)
        #expect(try Rate.parse("100.0001") > Rate.hundredPercent)
        let quote = MoneyBoundsTests.quote(discount: .percent(try Rate.parse("100.0001")))
        #expect { try quote.checkedTotals(promotion: nil) } throws: { error in
            (error as? AmountProblem)?.message == "`percent` 100.0001 is more than 100; a total is never negative"
        }
    }
}
