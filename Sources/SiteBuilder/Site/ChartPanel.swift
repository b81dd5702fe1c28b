import TemplateEngine

/// A chart with the table of its numbers beside it (and the table's CSV), as one panel of an analytics page.
struct ChartPanel {
    var title: String
    var svg: String
    var table: DataTable
    var caption: String? = nil

    func value(root: String) -> TemplateValue {
        .map(["title": .string(title), "svg": .safe(svg), "table": table.value(root: root), "caption": .text(caption)])
    }
}

extension PageContext {
    /// Adds panels under `name`, with their CSV files.
    mutating func add(_ panels: [ChartPanel], as name: String) {
        map[name] = .list(panels.map { $0.value(root: root) })
        for panel in panels { if let path = panel.table.csvPath { attachments.append((path, panel.table.csv)) } }
    }
}
