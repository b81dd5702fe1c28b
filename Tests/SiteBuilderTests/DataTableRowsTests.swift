import Foundation
import ShopModel
import Testing
import TemplateEngine
@testable import SiteBuilder

/// `table.rows_html`, the rows the site builder writes at once, against the theme's `data_table` macro looping
/// over the same table given as a plain map: both paths of the macro must print the same bytes.
@Suite struct DataTableRowsTests {
    /// The theme's macros and a page that calls `data_table`, with the globals the macro reads.
    static func library() throws -> TemplateLibrary {
        let macros = try String(contentsOfFile: SiteFixture.repository + "/templates/partials/macros.html", encoding: .utf8)
        let page = "{% from \"partials/macros.html\" import data_table %}{{ data_table(table) }}|{{ data_table(table, true) }}"
        var environment = TemplateEnvironment(globals: ["t": ["none": "暂无", "download_csv": "下载 CSV"]])
        environment.register(filter: "price") { value, _ in value }  // used by other macros of the file
        return TemplateLibrary(sources: ["partials/macros.html": macros, "page.html": page], environment: environment)
    }

    /// The same table as a plain map of its members, without `rows_html`: the macro then takes its loop.
    static func plainMap(_ table: DataTable, root: String) -> TemplateValue {
        let object = DataTableObject(table: table, root: root)
        return .map(TemplateMap(object.memberNames.map { ($0, object.member($0) ?? .null) }))
    }

    /// Cells of every kind: escaped text, links, badges, flags, sort keys, numeric columns and row anchors.
    static var tables: [DataTable] {
        var full = DataTable(["编号", "客户", "状态", "金额"], numeric: [3], csv: "orders/orders.csv")
        full.rows = [
            [DataCell(text: "O-1", csv: "O-1", url: "orders/O-1/", anchor: "O-1"), .text("A & B <公司>", url: "customers/C-1/"),
             .badge("已发货", css: "status-shipped", sort: "2"), .money(Money(1234), symbol: "¥")],
            [DataCell(text: "O-\"2\"", csv: "O-2", anchor: "O-\"2\""), .text("王\"经理\""),
             DataCell(text: "沉睡", csv: "", flag: (label: "沉睡 <30>", css: "is-dormant")), .money(nil, symbol: "¥")],
            [.text("="), .int(1_234_567), .day(nil), .percent(0.125)],
        ]
        var unsorted = DataTable(["a", "b"], numeric: [0, 1])
        unsorted.sortable = false
        unsorted.rows = [[.int(1), .int(2)]]
        let empty = DataTable(["编号", "金额"], numeric: [1], csv: "empty.csv")
        return [full, full.limited(to: 1), unsorted, empty]
    }

    @Test(arguments: ["", "../", "../../"])
    func rowsHTMLPrintsWhatTheMacroLoopPrints(root: String) throws {
        let library = try Self.library()
        for table in Self.tables {
            let written = try library.render("page.html", context: ["table": table.value(root: root), "root": .string(root)])
            let looped = try library.render("page.html", context: ["table": Self.plainMap(table, root: root), "root": .string(root)])
            #expect(written == looped)
            #expect(looped.contains(table.rows.isEmpty ? "class=\"muted\">暂无</td>" : "<td"))
        }
    }

    @Test func rowsHTMLIsWhatTheTemplatesGetAsRowsHTML() throws {
        let table = try #require(Self.tables.first)
        guard case .safe(let html)? = DataTableObject(table: table, root: "../").member("rows_html") else {
            Issue.record("rows_html is not safe HTML")
            return
        }
        #expect(html == table.rowsHTML(root: "../"))
        #expect(table.rowsHTML(root: "../").hasPrefix("\n<tr id=\"O-1\"><td><a href=\"../orders/O-1/\">O-1</a></td>"))
    }
}
