import ShopModel

extension AnalyticsQuotesPage {
    /// The positions in `tallies` of the `limit` with the most quotes (won + lost + open), most first, ties in their
    /// given order (by key); every position in the given order when there are no more than `limit`, so a small shop's
    /// table reads as before.
    static func mostQuoted(_ tallies: [QuoteWinTally], limit: Int) -> [Int] {
        guard tallies.count > max(0, limit) else { return Array(tallies.indices) }
        func quotes(_ i: Int) -> Int { tallies[i].won + tallies[i].lost + tallies[i].open }
        let sorted = tallies.indices.sorted { a, b in quotes(a) != quotes(b) ? quotes(a) > quotes(b) : a < b }
        return Array(sorted.prefix(max(0, limit)))
    }

    /// Adds `table` under `name` showing only its rows at `shown` (in that order; `table.limited` and `table.total`
    /// tell the page when some are left out), with the CSV of every row, in the table's own order, beside it.
    static func add(_ table: DataTable, as name: String, showing shown: [Int], to context: inout PageContext) {
        if let path = table.csvPath { context.attachments.append((path, table.csv)) }
        guard shown.count < table.rows.count else {
            context.map[name] = table.value(root: context.root)
            return
        }
        var top = table
        top.rows = shown.compactMap { table.rows.indices.contains($0) ? table.rows[$0] : nil }
        top.total = table.rows.count
        context.map[name] = top.value(root: context.root)
    }
}
