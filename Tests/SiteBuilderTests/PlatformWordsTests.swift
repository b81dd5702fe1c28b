import Testing
@testable import SiteBuilder

/// The words the platform uses (issue 14, item 4, in part): the key tier is 大客户, a ratio's change is in
/// 个百分点 (pp in English), and no business promise the merchant never made is printed on the catalog.
@Suite struct PlatformWordsTests {
    /// The tiers are 新客户 / 老客户 / 大客户, as the contract names them, in both the dashboard and a customer page.
    @Test func tiersAreNamedAsThePlatformNamesThem() {
        let strings = SiteStrings(locale: .zhCN)
        #expect([strings["tier_new"], strings["tier_regular"], strings["tier_key"]] == ["新客户", "老客户", "大客户"])
        let html = SiteFixture.text(SitePagesTests.example.1, "analytics/customers/index.html")
        #expect(html.contains("大客户"))
        #expect(!html.contains("重点客户"))
        #expect(!SiteFixture.text(SitePagesTests.example.1, "index.html").contains("重点客户"))
    }

    /// The conversion card's change reads `个百分点` in zh-CN and `pp` in English, never `pct`.
    @Test(arguments: [("个百分点", "+0.5 个百分点", "-0.5 个百分点", "0.0 个百分点"), ("pp", "+0.5 pp", "-0.5 pp", "0.0 pp")])
    func percentagePointDeltasUseTheLanguagesUnit(unit: String, up: String, down: String, flat: String) {
        var kpi = KPI(label: "", value: "", previous: "", spark: "")
        kpi.comparePoints(0.035, 0.030, unit: unit)
        #expect(kpi.delta == up)
        kpi.comparePoints(0.030, 0.035, unit: unit)
        #expect(kpi.delta == down)
        kpi.comparePoints(0.03, 0.03, unit: unit)
        #expect(kpi.delta == flat)
        let dashboard = SiteFixture.text(SitePagesTests.example.1, "index.html")
        #expect(dashboard.contains("个百分点"))
        #expect(!dashboard.contains(" pct"))
    }

    /// The catalog promises nothing the shop did not write: no built-in "支持小批量混批".
    @Test func catalogCarriesNoBuiltInPromise() {
        let html = SiteFixture.text(SitePagesTests.example.1, "products/index.html")
        #expect(!html.contains("混批"))
        #expect(!SiteStrings(locale: .en)["catalog_sub"].contains("mixed"))
    }

    /// The region advice says what the guide says: where a region passes 40 % of purchases, improve logistics to it
    /// (for example 顺丰 there), not "sell elsewhere".
    @Test func regionAdviceImprovesLogisticsToTheRegion() {
        let dashboard = SiteFixture.text(SitePagesTests.example.1, "index.html")
        #expect(dashboard.contains("优化发往浙江的物流"))
        #expect(dashboard.contains("顺丰"))
        #expect(!dashboard.contains("开拓其他地区"))
    }

    /// A catalog card and the search index give the price at the MOQ (YX-S101: ¥38 at 10) with the bulk price beside it.
    @Test func catalogCardShowsThePriceAtTheMOQThenTheBulkPrice() {
        let catalog = SiteFixture.text(SitePagesTests.example.1, "products/index.html")
        #expect(catalog.contains("<span class=\"price\">¥38.00</span><span class=\"price-note\">起订价</span>"
            + "<span class=\"price-note price-low\">· 批量低至 ¥30.50</span>"))
        let index = SiteFixture.text(SitePagesTests.example.1, "search-index.json")
        #expect(index.contains("\"price_text\":\"¥38.00\",\"price_note\":\"起订价 · 批量低至 ¥30.50\""))
    }
}
