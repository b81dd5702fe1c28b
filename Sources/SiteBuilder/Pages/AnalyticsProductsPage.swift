import ShopModel
import TemplateEngine

/// The product figures (`analytics/products/index.html`): top sellers per window, the figures table (with each
/// product's margin when the shop knows some costs), and the low-conversion and no-traffic lists of the longest window.
struct AnalyticsProductsPage {
    /// The index and text of the site.
    let site: PageInputs

    /// Products: per window a top-10 GMV chart and the figures table of the products with the highest GMV (the CSV
    /// beside it has every product); for the longest window the "high traffic, low conversion" and "no traffic"
    /// lists (their first rows, the CSVs have all).
    func add(to context: inout PageContext) {
        let index = site.index
        guard let analytics = index.analytics else { return }
        let t = site.text
        var panels: [ChartPanel] = [], tables: [TemplateValue] = []
        for window in analytics.windows {
            let label = t.count("window_days", window.days)
            let top = AnalyticsProductsPage.topByGMV(window.products, limit: 10).map { window.products[$0] }.filter { $0.gmv > .zero }
            var topTable = DataTable([t["sku"], t["product"], t["gmv"]], numeric: [2], csv: "analytics/top-products-\(window.days).csv")
            for figures in top {
                topTable.rows.append([.code(figures.sku.rawValue, url: index.productURL(figures.sku)), .text(index.productTitle(figures.sku) ?? ""),
                                      .money(figures.gmv, symbol: t.symbol)])
            }
            let bars = top.map { ChartBar(label: index.productTitle($0.sku) ?? $0.sku.rawValue, value: $0.gmv.approximateDouble, valueLabel: t.money($0.gmv)) }
            let title = t["top_gmv"] + " · " + label
            panels.append(ChartPanel(title: title, svg: bars.isEmpty ? Chart.noData(title: title) : Chart.barChart(bars: Array(bars), title: title, valueFormat: .currency(symbol: t.symbol, fractionDigits: 2)), table: topTable))
            let table = figuresTable(window, context: &context)
            tables.append(.map(["title": .string(t["product_figures"] + " · " + label), "table": table.value(root: context.root)]))
        }
        context.add(panels, as: "panels")
        context.map["tables"] = .list(tables)
        if marginCosts() != nil { context.map["margin_note"] = .string(t["product_margin_note"]) }
        guard let i = AnalyticsOverviewPage.longestWindow(analytics) else { return }
        let window = analytics.windows[i]
        var low = DataTable([t["sku"], t["product"], t["visitors"], t["conversion"]], numeric: [2, 3], csv: "analytics/low-conversion-\(window.days).csv")
        for sku in window.lowConversionProducts {
            let f = SiteIndex.position(of: sku, in: window.products, id: \.sku).map { window.products[$0] }
            low.rows.append([.code(sku.rawValue, url: index.productURL(sku)), .text(index.productTitle(sku) ?? ""), .int(f?.visitors ?? 0), .percent(f?.conversionRate)])
        }
        var none = DataTable([t["sku"], t["product"]], csv: "analytics/no-traffic-\(window.days).csv")
        for sku in window.productsWithoutTraffic { none.rows.append([.code(sku.rawValue, url: index.productURL(sku)), .text(index.productTitle(sku) ?? "")]) }
        context.add(low, as: "low_conversion", limit: index.pageSizes.analyticsRows)
        context.add(none, as: "no_traffic", limit: index.pageSizes.analyticsRows)
        context.map["lists_label"] = .string(t.count("window_days", window.days))
    }

    /// The positions in `products` (sorted by sku) of the `limit` with the highest GMV, ties by sku, in that order.
    static func topByGMV(_ products: [ProductFigures], limit: Int) -> [Int] {
        let limit = max(0, limit)
        var selling = products.indices.filter { products[$0].gmv > .zero }
        selling.sort { a, b in products[a].gmv != products[b].gmv ? products[a].gmv > products[b].gmv : products[a].sku < products[b].sku }
        var top = Array(selling.prefix(limit))
        // The rest have no GMV (or a negative one, after refunds are netted): by sku, which is their order.
        if top.count < limit {
            var rest = products.indices.filter { products[$0].gmv <= .zero }
            rest.sort { a, b in products[a].gmv != products[b].gmv ? products[a].gmv > products[b].gmv : a < b }
            top.append(contentsOf: rest.prefix(limit - top.count))
        }
        return top
    }

    /// The CSV of every product's figures in a window (the same cells as the page's table, written directly).
    func productsCSV(_ products: [ProductFigures], columns: [DataTable.Column], costs: [SKU: Money?]? = nil) -> [UInt8] {
        let index = site.index
        var out = DataTable.csvHead(columns, rows: products.count)
        func number(_ text: String) {
            out.append(0x2C)
            out.append(contentsOf: text.utf8)  // digits, a point and a minus sign: never quoted
        }
        for f in products {
            DataTable.appendCSVField(f.sku.rawValue, numeric: false, to: &out)
            out.append(0x2C)
            DataTable.appendCSVField(index.productTitle(f.sku) ?? "", numeric: false, to: &out)
            number(String(f.visitors)); number(String(f.pageViews)); number(String(f.addToCart))
            number(Display.ratioCSV(f.addToCartRate)); number(String(f.buyers)); number(String(f.units)); number(f.gmv.plain)
            number(Display.ratioCSV(f.conversionRate))
            if let costs { number(ProductMargin.of(gmv: f.gmv, units: f.units, cost: costs[f.sku] ?? nil)?.description ?? "") }
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }
}
