import TemplateEngine

extension PageInputs {
    /// The variables of a page: `root`, `section`, `page_path` and what its kind shows (`site` and `t` are globals).
    func context(for page: SitePage) -> PageContext {
        let root = page.root
        var context = PageContext(map: TemplateMap(uniqueKeys: PageInputs.pageKeys, values: [.string(root), .string(page.section), .string(page.path)]),
                                  root: root)
        switch page.kind {
        case .dashboard: DashboardPage(site: self).add(to: &context)
        case .catalog(let number): CatalogPage(site: self, number: number).add(to: &context)
        case .product(let i): ProductPage(site: self, position: i).add(to: &context)
        case .customers(let number): CustomersListPage(site: self, number: number).add(to: &context)
        case .customer(let i): CustomerPage(site: self, position: i).add(to: &context)
        case .quotes(let number): QuotesListPage(site: self, number: number).add(to: &context)
        case .quote(let i): QuotePage(site: self, position: i).add(to: &context)
        case .orderGroup(let group, let number): OrdersListPage(site: self, group: group, number: number).add(to: &context)
        case .order(let i): context.map["order"] = .object(OrderObject(site: self, position: i))
        case .promotions: PromotionsPage(site: self).add(to: &context)
        case .promotion(let i): PromotionPage(site: self, position: i).add(to: &context)
        case .analyticsOverview: AnalyticsOverviewPage(site: self).add(to: &context)
        case .analyticsProducts: AnalyticsProductsPage(site: self).add(to: &context)
        case .analyticsCustomers: AnalyticsCustomersPage(site: self).add(to: &context)
        case .analyticsOrders: AnalyticsOrdersPage(site: self).add(to: &context)
        case .analyticsQuotes: AnalyticsQuotesPage(site: self).add(to: &context)
        case .page(let i): ContentPage(site: self, position: i).add(to: &context)
        case .checks:
            context.map["warning_groups"] = .list(CheckGroups(site: self).pageGroups())
            context.map["warnings_count"] = .int(index.warnings.count)
        case .todo:
            if let analytics = index.analytics {
                context.map["todo_groups"] = .list(TodoList(site: self).pageGroups(analytics))
                context.map["todo_count"] = .int(TodoList.count(analytics))
            }
        case .notFound: break
        }
        return context
    }

    /// The variables every page has, in this order.
    static let pageKeys = ["root", "section", "page_path"]
}
