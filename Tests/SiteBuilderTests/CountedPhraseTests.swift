import ShopModel
import Testing
@testable import SiteBuilder

/// The last phrases that were filled through `{n}`: counts go through `t.key | count(n)` (one/other in English), the
/// tax rate by name (`{rate}`), each rendered as the templates write them, in both languages.
@Suite struct CountedPhraseTests {
    /// Template as the theme writes it ⇒ zh-CN ‖ en.
    @Test(arguments: [
        ("{{ t.wb_and_more | count(1) }}", "等 1 项", "and 1 more"),
        ("{{ t.wb_and_more | count(12) }}", "等 12 项", "and 12 more"),
        ("{{ t.wb_and_more | count(1200) }}", "等 1,200 项", "and 1,200 more"),
        ("{{ t.quote_days_unit | count(1) }}", "1 天", "1 day"),
        ("{{ t.quote_days_unit | count(0) }}", "0 天", "0 days"),
        ("{{ t.quote_days_unit | count(\"1.0\") }}", "1.0 天", "1.0 days"),
        ("{{ t.quote_days_unit | count(\"12.5\") }}", "12.5 天", "12.5 days"),
        ("{{ t.quote_vat_included | replace(\"{rate}\", \"13%\") }}", "其中增值税（13%）", "of which VAT (13%)"),
        ("{{ t.quote_vat_added | replace(\"{rate}\", \"6%\") }}", "增值税（6%）", "VAT (6%)"),
    ])
    func renderedInBothLanguages(template: String, zh: String, en: String) throws {
        #expect(try ThemeExamplesTests.render(template, locale: .zhCN) == zh)
        #expect(try ThemeExamplesTests.render(template, locale: .en) == en)
    }

    /// No theme text of these keys still has the old `{n}` slot (a shop override written with `{n}` would print it as is).
    @Test(arguments: ["wb_and_more", "quote_days_unit", "quote_vat_included", "quote_vat_added"])
    func noKeyKeepsTheOldSlot(_ key: String) {
        for locale in [SiteLocale.zhCN, .en] {
            let strings = SiteStrings(locale: locale)
            #expect(!strings.count(key, 2).contains("{n}"), "\(key) in \(locale)")
        }
    }

    /// The example shop's pages print the filled phrases: the quote sheet's VAT lines in both tax modes.
    @Test func theExampleQuoteSheetsNameTheirRate() {
        let site = SitePagesTests.example.1
        #expect(SiteFixture.text(site, "quotes/Q-2025-0101.html").contains("<th>其中增值税（13%）</th>"))
        #expect(SiteFixture.text(site, "quotes/Q-2025-0105.html").contains("<th>增值税（0%）</th>"))
        #expect(SiteFixture.text(site, "analytics/quotes/index.html").contains("<span class=\"kpi-value\">0.0 天</span>"))
    }
}
