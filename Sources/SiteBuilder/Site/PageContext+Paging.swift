import TemplateEngine

extension PageContext {
    /// Adds one page of a paginated table: its rows under `name` (`total` counts the whole list) and `paginator`;
    /// page 1 also writes the CSV of every row (`csv`, the same values as the cells), which every page links to.
    mutating func addPage(of count: Int, paginator: Paginator, as name: String, rows make: (Range<Int>) -> DataTable,
                          csv: () -> [UInt8]) {
        var table = make(paginator.items)
        if paginator.page == 1, let path = table.csvPath { attachments.append((path, csv())) }
        table.total = count
        map[name] = table.value(root: root)
        map["paginator"] = paginator.value
    }

    /// Adds a table under `name` showing at most `limit` rows (`limited` and `total` tell the page), with the CSV
    /// of every row beside it.
    mutating func add(_ table: DataTable, as name: String, limit: Int) {
        if let path = table.csvPath { attachments.append((path, table.csv)) }
        map[name] = table.limited(to: limit).value(root: root)
    }
}
