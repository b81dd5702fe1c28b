import ShopModel
import TemplateEngine

/// The quote pipeline (`analytics/quotes/index.html`): win rate per month, rep, customer and product, lost reasons as
/// a chart, the days from quote to order, and the open quotes by value.
struct AnalyticsQuotesPage {
    /// The index and text of the site.
    let site: PageInputs

    /// Adds `panels` (month and lost reasons), the `by_rep`, `by_customer`, `by_product` (the most-quoted first rows
    /// on a big shop, the CSVs have all) and `open_quotes` (the largest first rows) tables and `days_to_order`.
    func add(to context: inout PageContext) {
        let index = site.index
        guard let analytics = index.analytics else { return }
        let t = site.text
        let pipeline = QuotePipeline(shop: index.shop, figures: index.quoteFigures.isEmpty ? analytics.quotes : index.quoteFigures)
        let months = winTable(pipeline.byMonth, label: t["quote_month"], csv: "analytics/quotes-months.csv") { .text($0) }
        let monthChart = Chart.barChart(bars: pipeline.byMonth.map {
            ChartBar(label: $0.key, value: $0.winRate ?? 0, valueLabel: Display.percent($0.winRate))
        }, title: t["quote_win_rate"] + " · " + t["quote_by_month"], valueFormat: .percent(fractionDigits: 1))
        var reasons = DataTable([t["quote_lost_reason"], t["quote_count"]], numeric: [1], csv: "analytics/quotes-lost.csv")
        var slices: [ChartSlice] = []
        for tally in pipeline.lostReasons {
            let label = tally.key.map { t["quote_lost_" + $0.rawValue] } ?? t["quote_lost_none"]
            reasons.rows.append([.text(label), .int(tally.count)])
            if tally.count > 0 { slices.append(ChartSlice(label: label, value: Double(tally.count), valueLabel: t.count("chart_quotes", tally.count))) }
        }
        let lost = pipeline.lostReasons.reduce(0) { $0 + $1.count }
        let reasonChart = Chart.donutChart(slices: slices, title: t["quote_lost_reasons"], centerLabel: t.count("chart_quotes", lost))
        context.add([ChartPanel(title: t["quote_by_month"], svg: monthChart, table: months),
                     ChartPanel(title: t["quote_lost_reasons"], svg: reasonChart, table: reasons)], as: "panels")
        context.add(winTable(pipeline.byRep, label: t["quote_rep"], csv: "analytics/quotes-reps.csv") { key in
            .text(index.settings.rep(key.isEmpty ? nil : RepID(key))?.name ?? (key.isEmpty ? t["quote_no_rep"] : key))
        }, as: "by_rep")
        let shown = index.pageSizes.analyticsRows
        let customers = winTable(pipeline.byCustomer, label: t["customer"], csv: "analytics/quotes-customers.csv") { key in
            .text(index.customerName(CustomerID(key)), url: index.customerURL(CustomerID(key)))
        }
        Self.add(customers, as: "by_customer", showing: Self.mostQuoted(pipeline.byCustomer, limit: shown), to: &context)
        let products = winTable(pipeline.byProduct, label: t["product"], csv: "analytics/quotes-products.csv") { key in
            .text(index.productTitle(SKU(key)) ?? key, url: index.productURL(SKU(key)))
        }
        Self.add(products, as: "by_product", showing: Self.mostQuoted(pipeline.byProduct, limit: shown), to: &context)
        var open = DataTable([t["quote_no"], t["customer"], t["quote_date"], t["valid_until"], t["total"]], numeric: [4],
                             csv: "analytics/quotes-open.csv")
        var dates: [QuoteID: Day] = [:]
        for i in index.shop.quotes.indices { dates[index.shop.quotes[i].id] = index.shop.quotes[i].date }
        for quote in pipeline.openByValue {
            open.rows.append([.code(quote.id.rawValue, url: index.quoteURL(quote.id)),
                              .text(index.customerName(quote.customer), url: index.customerURL(quote.customer)),
                              .day(dates[quote.id]), .day(quote.validUntil), .money(quote.totals.total, symbol: t.symbol)])
        }
        context.add(open, as: "open_quotes", limit: shown)
        context.map["days_to_order"] = pipeline.averageDaysToOrder.map { .string(Display.decimal($0, places: 1)) } ?? .null
        context.map["win_rates"] = .list(analytics.windows.map {
            .map(["days": .int($0.days), "rate": .string(Display.percent($0.quoteWinRate))])
        })
    }

    /// Won, lost, open and the win rate per group.
    private func winTable(_ tallies: [QuoteWinTally], label: String, csv: String, name: (String) -> DataCell) -> DataTable {
        let t = site.text
        var table = DataTable([label, t["quote_won"], t["quote_lost"], t["quote_open"], t["quote_win_rate"]], numeric: [1, 2, 3, 4], csv: csv)
        table.rows.reserveCapacity(tallies.count)
        // Counts are small and the win rate depends on won and lost only: 10,000 products share a few hundred cells,
        // each formatted once.
        var rates: [Int: DataCell] = [:], counts: [Int: DataCell] = [:]
        func count(_ n: Int) -> DataCell {
            if let cell = counts[n] { return cell }
            let cell = DataCell.int(n)
            counts[n] = cell
            return cell
        }
        for tally in tallies {
            let pair = tally.won << 32 | tally.lost
            let rate = rates[pair] ?? DataCell.percent(tally.winRate)
            rates[pair] = rate
            table.rows.append([name(tally.key), count(tally.won), count(tally.lost), count(tally.open), rate])
        }
        return table
    }
}
