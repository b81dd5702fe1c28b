@testable import ShopModel
import Testing

/// Prices that include VAT: total = subtotal − discount + shipping, and the VAT inside it is
/// round2(total × rate / (1 + rate)), shown as 其中增值税.
struct IncludedTaxTests {
    /// The VAT inside an amount, hand-computed: 10,000 × 0.13 / 1.13 = 1,150.442…; 113 × 0.13 / 1.13 = 13 exactly;
    /// 0.05 × 0.13 / 1.13 = 0.00575… → 0.01 (half away from zero); 1,000 × 0.06 / 1.06 = 56.603… → 56.60;
    /// 5.65 × 0.13 / 1.13 = 0.65 exactly; 100 at 0 % → 0.
    @Test(arguments: [
        ("10000", "0.13", "1150.44"), ("113", "0.13", "13.00"), ("0.05", "0.13", "0.01"),
        ("1000", "0.06", "56.60"), ("5.65", "0.13", "0.65"), ("100", "0", "0.00"), ("0", "0.13", "0.00"),
        ("11.30", "0.13", "1.30"), ("0.04", "0.13", "0.00"),
    ])
    func vatInsideAnAmount(amount: String, rate: String, tax: String) {
        #expect(Fixture.money(amount).roundedIncludedTax(rate: Fixture.rate(rate))?.plain == tax)
    }

    /// One line of 10,000.00 at 13 %: inclusive → total 10,000.00 with 1,150.44 inside; exclusive → 1,300.00 on top.
    @Test(arguments: [(true, "1150.44", "10000.00"), (false, "1300.00", "11300.00")])
    func quoteTotalsFollowTheTaxMode(includesTax: Bool, tax: String, total: String) {
        var quote = PricingTests.quote(discount: nil, taxRate: "0.13", lines: [(1000, "10")])
        quote.pricesIncludeTax = includesTax
        let totals = quote.totals(promotion: nil)
        #expect(totals.tax.plain == tax)
        #expect(totals.total.plain == total)
        #expect(totals.taxIncluded == includesTax)
    }

    /// Discount and shipping come before the VAT is taken out: (1,035.11 − 300 + 200) × 0.13 / 1.13 = 107.578… → 107.58.
    @Test func discountAndShippingAreInsideTheIncludedTax() {
        var quote = PricingTests.quote(discount: .amount(Fixture.money("300")), shipping: "200", taxRate: "0.13")
        quote.pricesIncludeTax = true
        let totals = quote.totals(promotion: nil)
        #expect(totals.total.plain == "935.11")
        #expect(totals.tax.plain == "107.58")
    }
}
