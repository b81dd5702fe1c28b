import Testing
@testable import SiteBuilder

/// The quote sheet's phrases with a value take it by name (`{name}`) or as a count (`t.count`), not through `{n}`.
@Suite struct QuotePhraseTests {
    @Test func theFooterNamesTheShopAndEachLineItsLeadTime() {
        let html = SiteFixture.text(SitePagesTests.example.1, "quotes/Q-2025-0101.html")
        #expect(html.contains("<p class=\"quote-foot\">本报价单由 宁波甬信五金有限公司 出具 · Q-2025-0101</p>"))
        #expect(html.contains("data-label=\"交期\">付款后 5 天</td>"))
    }

    @Test(arguments: [(1, "付款后 1 天", "1 day after payment"), (5, "付款后 5 天", "5 days after payment"),
                      (0, "付款后 0 天", "0 days after payment")])
    func leadTimeIsACountedPhrase(days: Int, zh: String, en: String) {
        #expect(SiteStrings(locale: .zhCN).count("quote_lead_time_days", days) == zh)
        #expect(SiteStrings(locale: .en).count("quote_lead_time_days", days) == en)
    }

    @Test func issuedByTakesTheShopByName() {
        #expect(SiteStrings(locale: .zhCN).fill("issued_by", [("name", "宁波甬信")]) == "本报价单由 宁波甬信 出具")
        #expect(SiteStrings(locale: .en).fill("issued_by", [("name", "Yongxin")]) == "Issued by Yongxin")
    }
}
