import Diagnostics
@testable import ShopLoader
@testable import ShopModel
import Testing

/// site.yaml `tier_basis`, `advice` and `marketing`: defaults, values read exactly, and bad values as errors at their line.
struct WorkbenchSettingsTests {
    private func decode(_ yaml: String) -> (SiteSettings?, [Diagnostic]) {
        SiteSettingsDecoder.decode(bytes: Array(("name: 测试五金\n" + yaml).utf8))
    }

    @Test func absentSettingsTakeTheContractsDefaults() throws {
        let (settings, problems) = decode("")
        let s = try #require(settings)
        #expect(problems.isEmpty)
        #expect(s.tierBasis == .lifetime && s.newCustomerGapDays == 3)
        #expect(s.advice.newCustomerShare == Rate(tenThousandths: 8000) && s.advice.regionShare == Rate(tenThousandths: 4000))
        #expect(s.advice.reorderFactor == Rate(tenThousandths: 15000))
        #expect(s.advice.shipSoonDays == 2 && s.advice.unpaidDays == 3 && s.advice.quoteFollowUpDays == 3)
    }

    @Test func writtenSettingsAreReadExactly() throws {
        let (settings, problems) = decode("""
            tier_basis: last_365_days
            advice: { new_customer_share: 0.75, region_share: 1, reorder_factor: 2.25, ship_soon_days: 0, unpaid_days: 5, quote_follow_up_days: 7 }
            marketing: { new_customer_gap_days: 4 }

            """)
        let s = try #require(settings)
        #expect(problems.isEmpty, "\(problems)")
        #expect(s.tierBasis == .last365Days && s.newCustomerGapDays == 4)
        #expect(s.advice.newCustomerShare == Rate(tenThousandths: 7500) && s.advice.regionShare == Rate(1))
        #expect(s.advice.reorderFactor == Rate(tenThousandths: 22500))
        #expect(s.advice.shipSoonDays == 0 && s.advice.unpaidDays == 5 && s.advice.quoteFollowUpDays == 7)
    }

    /// Each bad value: its code, at the line of its key (line 1 is `name`).
    @Test(arguments: [
        ("tier_basis: yearly\n", "E-CHOICE", 2),
        ("advice:\n  new_customer_share: 1.01\n", "E-SHARE-RANGE", 3),
        ("advice:\n  region_share: -0.4\n", "E-NEGATIVE-AMOUNT", 3),
        ("advice:\n  reorder_factor: 0\n", "E-FACTOR-RANGE", 3),
        ("advice:\n  reorder_factor: 100.0001\n", "E-FACTOR-RANGE", 3),
        ("advice:\n  ship_soon_days: -1\n", "E-DAYS-RANGE", 3),
        ("advice:\n  unpaid_days: soon\n", "E-DAYS-RANGE", 3),
        ("advice:\n  region_share: 0.4\n  quote_follow_up_days: 2.5\n", "E-DAYS-RANGE", 4),
        ("marketing: { new_customer_gap_days: x }\n", "E-DAYS-RANGE", 2),
        ("advice: { region_shar: 0.4 }\n", "W-UNKNOWN-KEY", 2),
    ])
    func badValueIsReportedAtItsLine(yaml: String, code: String, line: Int) {
        let (_, problems) = decode(yaml)
        #expect(problems.map(\.code.rawValue) == [code], "\(problems)")
        #expect(problems.first?.location?.line == line)
    }

    @Test func exactlyOneAndExactlyOneHundredAreAllowed() throws {
        let (settings, problems) = decode("advice: { new_customer_share: 1, region_share: 0, reorder_factor: 100 }\n")
        #expect(problems.isEmpty)
        #expect(try #require(settings).advice.reorderFactor == Rate(100))
    }
}
