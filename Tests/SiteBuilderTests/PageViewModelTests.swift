import ShopLoader
import Testing
@testable import SiteBuilder
import ShopModel
import TemplateEngine

/// The small types the pages are made from: a dashboard to-do entry, the page text, the dashboard's to-do list.
@Suite struct PageViewModelTests {
    /// The fields of a template map, in order, as strings.
    func fields(_ value: TemplateValue) -> [(String, String)] {
        guard case .map(let map) = value else { return [] }
        return zip(map.keys, map.values).map { key, value in
            if case .string(let text) = value { return (key, text) }
            return (key, "?")
        }
    }

    @Test func todoItemGivesTemplatesItsLabeledFieldsInOrder() {
        let item = TodoItem(cssClass: "is-danger", badge: "Late", badgeClass: "badge-late", title: "O-1",
                            url: "orders/index.html#O-1", text: "Acme · ship by 2025-11-01", meta: "3 days overdue")
        let shown = fields(item.templateValue)
        #expect(shown.map(\.0) == ["class", "badge", "badge_class", "title", "url", "text", "meta"])
        #expect(shown.map(\.1) == ["is-danger", "Late", "badge-late", "O-1", "orders/index.html#O-1", "Acme · ship by 2025-11-01",
                                   "3 days overdue"])
    }

    @Test func pageTextWordsAndWritesMoneyWithTheShopsSymbol() {
        let strings = SiteStrings(locale: .en)
        let text = PageText(strings: strings, symbol: "$")
        #expect(text.money(Money(tenThousandths: 12_345_000)) == "$1,234.50")
        #expect(text.money(nil) == "—")
        #expect(text["late"] == strings["late"] && !text["late"].isEmpty)
        #expect(text.format("window_days", "30") == strings.format("window_days", "30"))
    }

    @Test func dashboardListsAtMostFiveOfEachKindAndCountsTheRest() throws {
        let loaded = ShopLoader.load(shopPath: SiteFixture.repository, options: LoadOptions())
        let shop = try #require(loaded.shop, "\(loaded.diagnostics)")
        let index = SiteIndex(shop: shop, excludedDrafts: loaded.excludedDrafts, audience: .internal, warnings: [])
        let analytics = try #require(index.analytics)
        let inputs = PageInputs(index: index, text: PageText(settings: shop.settings))
        let groups = TodoList(site: inputs).groups(analytics, limit: DashboardPage.todoLimit)
        #expect(groups.count == analytics.todo.count && !groups.isEmpty)
        var listed = 0
        for (value, group) in zip(groups, analytics.todo) {
            guard case .map(let map) = value, case .list(let items)? = map["items"], case .int(let more)? = map["more"],
                  case .int(let count)? = map["count"] else { Issue.record("bad group"); continue }
            #expect(items.count == min(group.positions.count, DashboardPage.todoLimit))
            #expect(items.count + more == count && count == group.positions.count)
            listed += items.count
        }
        var context = PageContext(map: TemplateMap(), root: "")
        DashboardPage(site: inputs).add(to: &context)
        guard case .list(let todo)? = context.map["todo"], case .int(let more)? = context.map["todo_more"],
              case .int(let total)? = context.map["todo_count"] else { Issue.record("no todo list"); return }
        #expect(todo.count == listed && todo.count + more == total && total == TodoList.count(analytics))
    }
}
