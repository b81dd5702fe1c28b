import Diagnostics
import Testing
@testable import ShopModel

/// Two marketing contacts (message or coupon) to a new customer at most `new_customer_gap_days` (3) apart warn at the
/// later one's line; calls, visits and samples are not marketing; a regular customer may be contacted freely.
@Suite struct ContactCheckTests {
    private func warnings(_ contacts: [(String, ContactKind, Int)], paid: String? = nil, gap: Int = 3) -> [Diagnostic] {
        var customer = Fixture.customer("A")
        customer.contacts = contacts.map { ContactEntry(date: Fixture.day($0.0), kind: $0.1, channel: "旺旺", line: $0.2) }
        let orders = paid.map { [Fixture.order("O1", "A", "2025-10-01", $0)] } ?? []
        let shop = Fixture.shop(settings: Fixture.settings { $0.newCustomerGapDays = gap }, customers: [customer], orders: orders)
        return ShopChecks.contactWarnings(shop)
    }

    /// (second date, warns): 1 day apart, exactly 3 (the limit), 4 days apart.
    @Test(arguments: [("2025-11-04", 1, true), ("2025-11-06", 3, true), ("2025-11-07", 4, false), ("2025-11-03", 0, true)])
    func marketingContactsTooCloseWarnAtTheSecond(second: String, days: Int, warns: Bool) {
        let found = warnings([("2025-11-03", .coupon, 8), (second, .message, 9)])
        #expect(found.count == (warns ? 1 : 0))
        if warns {
            #expect(found[0].code == "W-MARKETING-TOO-CLOSE" && found[0].severity == .warning)
            #expect(found[0].description.hasPrefix("content/customers/A.md:9: warning: marketing contact (message) to new customer 客户 A on \(second), \(days) days after the one on 2025-11-03"))
        }
    }

    @Test func callsVisitsAndSamplesAreNotMarketing() {
        #expect(warnings([("2025-11-03", .message, 8), ("2025-11-04", .call, 9), ("2025-11-04", .visit, 10),
                          ("2025-11-05", .sample, 11)]).isEmpty)
    }

    @Test func regularCustomersMayBeContactedAgain() {
        #expect(warnings([("2025-11-03", .message, 8), ("2025-11-04", .coupon, 9)], paid: "1000").isEmpty)
        #expect(warnings([("2025-11-03", .message, 8), ("2025-11-04", .coupon, 9)], paid: "999.99").count == 1)
    }

    @Test func entriesAreComparedByDateWhateverTheirOrder() {
        let found = warnings([("2025-11-05", .message, 8), ("2025-11-01", .coupon, 9), ("2025-11-03", .coupon, 10)])
        // 11-01 → 11-03 (2 days, line 10) and 11-03 → 11-05 (2 days, line 8).
        #expect(found.compactMap(\.location?.line) == [10, 8])
    }

    @Test func theGapComesFromSiteYaml() {
        #expect(warnings([("2025-11-03", .message, 8), ("2025-11-06", .coupon, 9)], gap: 2).isEmpty)
    }
}
