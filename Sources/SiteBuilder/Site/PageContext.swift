import TemplateEngine

/// What one page renders with: its variables, plus files written next to it (CSV of its tables).
struct PageContext {
    var map: TemplateMap
    var attachments: [(path: String, bytes: [UInt8])] = []
    /// The page's way back to the site root (`../../`).
    var root: String

    /// Adds a table to the variables under `name`, and its CSV file when it has one.
    mutating func add(_ table: DataTable, as name: String) {
        map[name] = table.value(root: root)
        if let path = table.csvPath { attachments.append((path, table.csv)) }
    }
}

extension SiteData {
    /// The variables of a page: `root`, `section`, `page_path` and what its kind shows (`site` and `t` are globals).
    func context(for page: SitePage) -> PageContext {
        let root = page.root
        var context = PageContext(map: TemplateMap(uniqueKeys: SiteData.pageKeys, values: [.string(root), .string(page.section), .string(page.path)]),
                                  root: root)
        switch page.kind {
        case .dashboard: addDashboard(to: &context)
        case .catalog(let number): addCatalog(page: number, to: &context)
        case .product(let i): context.map["product"] = .object(ProductObject(data: self, position: i, root: root))
        case .customers(let number):
            context.addPage(of: shop.customers.count, paginator: listPaginator("customers/", shop.customers.count, number), as: "table",
                            rows: customersTable, csv: customersCSV)
        case .customer(let i): context.map["customer"] = .object(CustomerObject(data: self, position: i, root: root))
        case .quotes(let number):
            context.addPage(of: shop.quotes.count, paginator: listPaginator("quotes/", shop.quotes.count, number), as: "table",
                            rows: quotesTable, csv: quotesCSV)
        case .quote(let i): context.map["quote"] = .object(QuoteObject(data: self, position: i, root: root))
        case .orders(let number):
            context.addPage(of: shop.orders.count, paginator: listPaginator("orders/", shop.orders.count, number), as: "table",
                            rows: ordersTable, csv: ordersCSV)
        case .analyticsOverview: addAnalyticsOverview(to: &context)
        case .analyticsProducts: addAnalyticsProducts(to: &context)
        case .analyticsCustomers: addAnalyticsCustomers(to: &context)
        case .analyticsOrders: addAnalyticsOrders(to: &context)
        case .page(let i): context.map["page"] = .object(PageObject(data: self, page: shop.pages[i], root: root))
        case .notFound: break
        }
        return context
    }

    /// The variables every page has, in this order.
    static let pageKeys = ["root", "section", "page_path"]

    /// The template globals: `site` (computed once, as a map) and the UI strings `t`.
    var globals: TemplateMap {
        let site = SiteObject(data: self)
        return ["site": .map(TemplateMap(site.memberNames.compactMap { name in site.member(name).map { (name, $0) } })),
                "t": .map(strings.map)]
    }
}
