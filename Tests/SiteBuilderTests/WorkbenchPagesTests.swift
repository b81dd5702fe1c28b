import Foundation
import Testing
@testable import SiteBuilder

/// The example shop's workbench as built: the dashboard's advice and to-do, todo.html, the customer page's figures,
/// recommendations and contact log, the customers list and the reorder list (figures checked by hand in comments).
@Suite(.serialized) struct WorkbenchPagesTests {
    static let site: String = {
        let (outcome, output) = SiteFixture.buildExample()
        precondition(outcome.exitCode == 0, "example shop did not build")
        return output
    }()

    private func page(_ path: String) -> String { SiteFixture.text(Self.site, path) }

    @Test func dashboardAdviceFollowsTheContractsOrderAndNamesWhatToActOn() throws {
        let html = page("index.html")
        let keys = ["advice-low_conversion", "advice-low_conversion_products", "advice-delist_candidates", "advice-new_customer_share",
                    "advice-region_concentration", "advice-win_back_customers"]
        let positions = try keys.map { key in try #require(html.range(of: key)?.lowerBound, "\(key) missing") }
        #expect(positions == positions.sorted())
        // Rule 4: 3 of 10 buyers in 30 days are new (C-007, C-009, C-010): 30.0% > the example's 25%.
        #expect(html.contains("近 30 天新客户占买家 30.0%，超过 25%：维护好老客户"))
        // Rule 5 advises logistics, never "sell elsewhere".
        #expect(html.contains("优化发往浙江的物流（例如该地区改发顺丰") && !html.contains("开拓其他地区"))
        #expect(html.contains("advice-links\"><a href=\"products/YX-H102.html\">304不锈钢子母合页"))
        #expect(html.contains("<li><a href=\"customers/C-005.html\">东莞森德五金贸易商行</a>：<a href=\"products/YX-S201.html\">"))
    }

    @Test func dashboardToDoHasEveryKindInTheContractsOrder() throws {
        let html = page("index.html")
        let kinds = ["disputed", "late", "ship_soon", "untracked", "unpaid", "follow_up", "quote_due", "draft_quote", "reorder", "dormant"]
        let positions = try kinds.map { kind in try #require(html.range(of: "id=\"todo-\(kind)\"")?.lowerBound, "\(kind) missing") }
        #expect(positions == positions.sorted())
        // Orders link through `SiteIndex.orderURL`, wherever order pages live.
        #expect(html.contains("<a class=\"todo-title\" href=\"orders/") && html.contains(">O-20251117-01</a>"))
        // Ship-by 2025-12-01 and 2025-12-02 are within 2 days of 2025-11-30; O-20251122-01 is 8 days unpaid, O-20251128-01 only 2.
        #expect(html.contains(">O-20251127-02</a>") && html.contains(">O-20251130-02</a>") && html.contains(">O-20251122-01</a>"))
        #expect(!html.contains(">O-20251128-01</a>"))
        // C-012: 2025-10-20 and 2025-11-03, 14 days × 1.5 = 21 → due 2025-11-24, 6 days overdue.
        #expect(html.contains("无锡锦程门窗配件有限公司</a><span>老客户 · 平均 14.0 天采购一次，应于 2025-11-24 补货</span><span class=\"todo-meta\">超期 6 天</span>"))
        // O-20251120-01 was due 2025-11-23: the date stands apart from the Han characters, as in every other to-do.
        #expect(html.contains("佛山市顺德区美居家具厂 · 应于 2025-11-23 发货</span><span class=\"todo-meta\">逾期 7 天</span>"))
        // 14: the orders branch's O-20251127-03 ships within 2 days, the quotes branch's sent Q-2025-0107 awaits a decision.
        #expect(html.contains("<h2 class=\"section-title\">今日待办 <span class=\"count\">14</span></h2>"))
    }

    @Test func todoPageListsEveryEntry() {
        let html = page("todo.html")
        #expect(html.contains("今日待办（全部） <span class=\"count\">14</span>"))
        #expect(html.contains("id=\"todo-follow_up\"") && html.contains(">Q-2025-0101</a>"))
        #expect(!html.contains("todo-more"))
    }

    @Test func customerPageShowsTheYearsAmountReorderRecommendationsAndContacts() throws {
        let html = page("customers/C-012.html")
        // 500 × 2.05 + 25 = 1,050.00 and 600 × 2.05 + 25 = 1,255.00.
        #expect(html.contains("<dt>近 365 天采购额</dt><dd>¥2,305.00</dd>"))
        #expect(html.contains("<dt>预计补货日</dt><dd>2025-11-24 <span class=\"badge badge-late\">已超期未补货</span></dd>"))
        // 拉手 is its only category; YX-L201 (since 2025-10-20) is newer than YX-L102 (2025-09-15).
        let l201 = try #require(html.range(of: "YX-L201</span>")?.lowerBound), l102 = try #require(html.range(of: "YX-L102</span>")?.lowerBound)
        #expect(l201 < l102)
        #expect(html.contains("<td class=\"nowrap\">营销消息 <span class=\"badge badge-marketing\">营销</span></td><td>微信</td><td>推荐北欧风抽屉拉手，附批量价</td>"))
        #expect(page("customers/C-011.html").contains("联系记录 <span class=\"count\">0</span>"))
    }

    @Test func customersListAndReorderListShowTheNewFigures() {
        let list = page("customers/index.html")
        #expect(list.contains("近 365 天采购额") && list.contains("预计补货日"))
        let csv = page("customers/customers.csv")
        #expect(csv.contains("C-012,无锡锦程门窗配件有限公司,老客户,2305.00,2305.00,2,江苏,2025-11-03,2025-11-24"))
        let analytics = page("analytics/customers/index.html")
        #expect(analytics.contains("补货提醒") && analytics.contains("C-012"))
        #expect(analytics.contains("超过 40%：优化发往浙江的物流"))
    }
}
