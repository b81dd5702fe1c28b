import ShopModel

/// A page of the quotes list (`quotes/index.html`, `quotes/page/N/`): the quotes table, its paginator, and on page 1
/// `quotes/quotes.csv` with every quote.
struct QuotesListPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The page's number, from 1.
    let number: Int

    /// Adds `table` (this page's rows) and `paginator`; page 1 also writes the CSV.
    func add(to context: inout PageContext) {
        let count = site.index.shop.quotes.count
        context.addPage(of: count, paginator: site.index.listPaginator("quotes/", count, number), as: "table",
                        rows: { table($0) }, csv: csv)
    }

    /// The quotes at `positions` (all by default): number, customer, date, valid until, status, lines, total.
    func table(_ positions: Range<Int>? = nil) -> DataTable {
        let index = site.index, t = site.text
        var table = DataTable([t["quote_no"], t["customer"], t["quote_date"], t["valid_until"], t["status"], t["items"], t["total"]],
                              numeric: [5, 6], csv: "quotes/quotes.csv")
        for position in positions ?? index.shop.quotes.indices {
            let quote = index.shop.quotes[position]
            let figures = QuoteObject(site: site, position: position).figures
            table.rows.append([.text(quote.id.rawValue, url: index.quoteURL(quote.id)),
                               .text(index.customerName(quote.customer), url: index.customerPosition[quote.customer].map { _ in index.customerURL(quote.customer) }),
                               .day(quote.date), .day(quote.validUntil),
                               .badge(t["status_" + figures.status.rawValue], css: "status-" + figures.status.rawValue),
                               .int(quote.items.count), .money(figures.totals.total, symbol: t.symbol)])
        }
        return table
    }

    /// quotes.csv: the values of the table's cells, written directly.
    func csv() -> [UInt8] {
        let index = site.index
        let columns = table(0..<0).columns
        var out = DataTable.csvHead(columns, rows: index.shop.quotes.count)
        for position in index.shop.quotes.indices {
            let quote = index.shop.quotes[position]
            let figures = QuoteObject(site: site, position: position).figures
            DataTable.appendCSVRow([quote.id.rawValue, index.customerName(quote.customer), quote.date.description, quote.validUntil.description,
                                    site.text["status_" + figures.status.rawValue], String(quote.items.count), figures.totals.total.plain],
                                   columns: columns, to: &out)
        }
        return out
    }
}
