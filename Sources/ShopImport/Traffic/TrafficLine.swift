/// One row of `data/traffic.csv` as text, keyed by date and sku (empty: the whole store).
struct TrafficLine: Hashable {
    /// `YYYY-MM-DD`.
    var date: String
    /// The sku, or empty.
    var sku: String
    /// visitors, page_views, add_to_cart as written.
    var numbers: [String]

    /// The row in the file's five columns.
    var csv: String { ([date, sku] + numbers).joined(separator: ",") }

    /// By date, then sku (the store's own row, with no sku, first).
    static func precedes(_ a: TrafficLine, _ b: TrafficLine) -> Bool {
        if a.date != b.date { return a.date < b.date }
        return a.sku.utf8.lexicographicallyPrecedes(b.sku.utf8)
    }
}
