/// One row of `data/traffic.csv` as text, keyed by date and sku (empty: the whole store).
struct TrafficLine: Hashable {
    /// `YYYY-MM-DD`.
    var date: String
    /// The sku, or empty.
    var sku: String
    /// visitors, page_views, add_to_cart as written.
    var numbers: [String]
    /// The values of the file's own columns the importer does not know, in their order (empty for a new day).
    var extras: [String] = []

    /// The row: the five known columns, then the file's own columns.
    var csv: String { ([date, sku] + numbers + extras.map(Self.field)).joined(separator: ",") }

    /// By date, then sku (the store's own row, with no sku, first).
    static func precedes(_ a: TrafficLine, _ b: TrafficLine) -> Bool {
        if a.date != b.date { return a.date < b.date }
        return a.sku.utf8.lexicographicallyPrecedes(b.sku.utf8)
    }

    /// A value as one CSV field, quoted (with `""` for `"`) only when it holds a comma, quote or line break; written
    /// back as it was read otherwise, since the file is the shop's own data and not a download.
    static func field(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
