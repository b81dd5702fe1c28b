import Diagnostics
import Testing
@testable import ShopModel

/// Two marketing contacts (message or coupon) to a new customer fewer than `new_customer_gap_days` (N, 3 here) apart
/// warn at the later one's line: "at most one marketing contact to a new customer in N days", so exactly N days apart
/// is allowed. Calls, visits and samples are not marketing; a regular customer may be contacted freely.
@Suite struct ContactCheckTests {
    private func warnings(_ contacts: [(String, ContactKind, Int)], paid: String? = nil, gap: Int = 3) -> [Diagnostic] {
        var customer = Fixture.customer("A")
        customer.contacts = contacts.map { ContactEntry(date: Fixture.day($0.0), kind: $0.1, channel: "旺旺", line: $0.2) }
        let orders = paid.map { [Fixture.order("O1", "A", "2025-10-01", $0)] } ?? []
        let shop = Fixture.shop(settings: Fixture.settings { $0.newCustomerGapDays = gap }, customers: [customer], orders: orders)
        return ShopChecks.contactWarnings(shop)
    }

    /// (gap N, second date, days apart, warns) after a first contact on 2025-11-03: the same day, 1 day, N − 1 days
    /// apart warn; N and N + 1 days apart do not; N = 1 warns only the same day; N = 0 never warns.
    @Test(arguments: [(3, "2025-11-03", 0, true), (3, "2025-11-04", 1, true), (3, "2025-11-05", 2, true),
                      (3, "2025-11-06", 3, false), (3, "2025-11-07", 4, false),
                      (7, "2025-11-09", 6, true), (7, "2025-11-10", 7, false), (7, "2025-11-11", 8, false),
                      (1, "2025-11-03", 0, true), (1, "2025-11-04", 1, false), (0, "2025-11-03", 0, false)])
    func marketingContactsTooCloseWarnAtTheSecond(gap: Int, second: String, days: Int, warns: Bool) throws {
        let found = warnings([("2025-11-03", .coupon, 8), (second, .message, 9)], gap: gap)
        #expect(found.count == (warns ? 1 : 0), "\(gap) days, \(days) apart")
        guard warns else { return }
        let warning = try #require(found.first)
        #expect(warning.code == "W-MARKETING-TOO-CLOSE" && warning.severity == .warning)
        let day = days == 1 ? "day" : "days", gapDays = gap == 1 ? "day" : "days"
        #expect(warning.description == "content/customers/A.md:9: warning: marketing contact (message) to new customer 客户 A on \(second), "
                + "\(days) \(day) after the one on 2025-11-03: marketing contacts to a new customer must be at least \(gap) \(gapDays) apart "
                + "(`marketing.new_customer_gap_days`), or the platform treats it as harassment")
    }

    @Test func theChineseMessageSaysHowFarApartTheyMustBe() throws {
        let warning = try #require(warnings([("2025-11-03", .coupon, 8), ("2025-11-05", .message, 9)]).first)
        #expect(MessageCatalog.text(warning.code, warning.arguments, in: .zhCN)
                == "2025-11-05 向新客户 客户 A 再次营销（营销消息），距上次（2025-11-03）仅 2 天：对新客户的两次营销至少要间隔 3 天"
                + "（`marketing.new_customer_gap_days`），否则平台视为骚扰")
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
