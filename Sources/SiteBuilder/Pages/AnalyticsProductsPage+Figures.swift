import ShopModel

extension AnalyticsProductsPage {
    /// One window's figures table (the products with the highest GMV; its CSV, attached to `context`, has every product).
    /// When any product has a `cost`, a margin column follows: (GMV − units × cost) / GMV, "—" without cost or GMV.
    func figuresTable(_ window: WindowFigures, context: inout PageContext) -> DataTable {
        let index = site.index, t = site.text
        let costs = marginCosts()
        var headers = [t["sku"], t["product"], t["visitors"], t["page_views"], t["add_to_cart"], t["add_to_cart_rate"],
                       t["buyers"], t["units"], t["gmv"], t["conversion"]]
        if costs != nil { headers.append(t["product_margin"]) }
        var table = DataTable(headers, numeric: Set(2..<headers.count), csv: "analytics/products-\(window.days).csv")
        if let path = table.csvPath { context.attachments.append((path, productsCSV(window.products, columns: table.columns, costs: costs))) }
        let shown = AnalyticsProductsPage.topByGMV(window.products, limit: index.pageSizes.analyticsRows)
        table.rows.reserveCapacity(shown.count)
        for f in shown.map({ window.products[$0] }) {
            var row: [DataCell] = [.code(f.sku.rawValue, url: index.productURL(f.sku)), .text(index.productTitle(f.sku) ?? ""), .int(f.visitors),
                                   .int(f.pageViews), .int(f.addToCart), .percent(f.addToCartRate), .int(f.buyers), .int(f.units),
                                   .money(f.gmv, symbol: t.symbol), .percent(f.conversionRate)]
            if let costs { row.append(.rate(ProductMargin.of(gmv: f.gmv, units: f.units, cost: costs[f.sku] ?? nil))) }
            table.rows.append(row)
        }
        table.total = window.products.count
        return table
    }

    /// Each product's cost by sku, or nil when no product has one (the tables then have no margin column).
    func marginCosts() -> [SKU: Money?]? {
        let products = site.index.shop.products
        guard products.contains(where: { $0.cost != nil }) else { return nil }
        return Dictionary(products.map { ($0.sku, $0.cost) }, uniquingKeysWith: { a, _ in a })
    }
}
