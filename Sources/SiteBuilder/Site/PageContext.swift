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
