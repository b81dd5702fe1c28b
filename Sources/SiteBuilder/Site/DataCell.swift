import ShopModel
import TemplateEngine

/// One cell of a `DataTable`: what the page shows, what the CSV holds, how it sorts, and an optional link or badge.
struct DataCell: TemplateObject {
    /// The text shown on the page.
    var text: String
    /// The CSV value (plain numbers, no currency symbol or separators).
    var csv: String
    /// The sort key for `table-sort.js`, when the text does not sort well.
    var sort: String? = nil
    /// A link relative to the site root.
    var url: String? = nil
    /// A CSS class: the text is shown as a badge.
    var badge: String? = nil
    /// A small flag badge after the text (label, CSS class), e.g. 沉睡.
    var flag: (label: String, css: String)? = nil
    /// Whether its column holds numbers (set by the table).
    var numeric = false
    /// The page's way back to the site root, for links (set by the table).
    var root = ""
    /// An element id for the row (the first cell's), so `orders/index.html#O-1` scrolls to it.
    var anchor: String? = nil
    /// Whether the text is a code that must not break across lines (`YX-H101` read as `YX-` / `H101`).
    var keepsWhole = false

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "text": return .string(text)
        case "sort": return .text(sort)
        case "url": return .text(url)
        case "badge": return .text(badge)
        case "flag": return .text(flag?.label)
        case "flag_class": return .text(flag?.css)
        case "anchor": return .text(anchor)
        case "attrs": return .safe(attributes)
        case "html": return .safe(html)
        default: return nil
        }
    }

    /// ` class="num" data-value="…"` (or ` class="nowrap"` for a code) for the `<td>`.
    var attributes: String {
        guard sort != nil || keepsWhole else { return numeric ? " class=\"num\"" : "" }
        var out: [UInt8] = []
        appendAttributes(numeric: numeric, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends ` class="num" data-value="…"` (as much of it as applies; ` class="nowrap"` for a code in a text column).
    func appendAttributes(numeric: Bool, to out: inout [UInt8]) {
        Self.appendAttributes(numeric: numeric, keepsWhole: keepsWhole, sort: sort, to: &out)
    }

    /// The same from the fields it reads, so a table's row loop passes `rows[r][i].sort` instead of copying the
    /// cell (every string of it retained and released) to call the method.
    @inline(__always)
    static func appendAttributes(numeric: Bool, keepsWhole: Bool, sort: String?, to out: inout [UInt8]) {
        if numeric { HTMLText.append(" class=\"num\"", into: &out) } else if keepsWhole { HTMLText.append(" class=\"nowrap\"", into: &out) }
        if let sort {
            HTMLText.append(" data-value=\"", into: &out)
            HTMLText.escape(sort, into: &out)
            out.append(UInt8(ascii: "\""))
        }
    }

    /// The cell's content as HTML (escaped text, badge, link, flag); links are relative to the page's `root`.
    var html: String {
        if badge == nil && url == nil && flag == nil && !text.utf8.contains(where: HTMLText.needsEscaping) { return text }
        var out: [UInt8] = []
        appendHTML(root: root, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the cell's content as HTML, its link made relative with `root`.
    func appendHTML(root: String, to out: inout [UInt8]) {
        Self.appendHTML(text: text, url: url, badge: badge, flag: flag, root: root, to: &out)
    }

    /// The same from the fields it reads (for a table's row loop, as `appendAttributes`).
    @inline(__always)
    static func appendHTML(text: String, url: String?, badge: String?, flag: (label: String, css: String)?, root: String,
                           to out: inout [UInt8]) {
        if let badge {
            HTMLText.append("<span class=\"badge ", into: &out)
            HTMLText.escape(badge, into: &out)
            HTMLText.append("\">", into: &out)
            HTMLText.escape(text, into: &out)
            HTMLText.append("</span>", into: &out)
        } else if let url {
            HTMLText.append("<a href=\"", into: &out)
            HTMLText.escape(root, into: &out)
            HTMLText.escape(url, into: &out)
            HTMLText.append("\">", into: &out)
            HTMLText.escape(text, into: &out)
            HTMLText.append("</a>", into: &out)
        } else {
            HTMLText.escape(text, into: &out)
        }
        if let flag {
            HTMLText.append(" <span class=\"badge ", into: &out)
            HTMLText.escape(flag.css, into: &out)
            HTMLText.append("\">", into: &out)
            HTMLText.escape(flag.label, into: &out)
            HTMLText.append("</span>", into: &out)
        }
    }

    /// Text, optionally linked.
    static func text(_ text: String, url: String? = nil) -> DataCell { DataCell(text: text, csv: text, url: url) }
    /// A code (SKU, order, quote or customer number), optionally linked, kept on one line.
    static func code(_ text: String, url: String? = nil) -> DataCell {
        DataCell(text: text, csv: text, url: url, keepsWhole: true)
    }
    /// A whole number with separators.
    static func int(_ value: Int) -> DataCell {
        let digits = String(value)
        return DataCell(text: Display.integer(value), csv: digits, sort: digits)
    }
    /// Money with symbol.
    static func money(_ amount: Money?, symbol: String) -> DataCell {
        let plain = amount?.plain ?? ""
        return DataCell(text: Display.money(amount, symbol: symbol), csv: plain, sort: plain)
    }
    /// A ratio as a percentage, "—" when undefined.
    static func percent(_ ratio: Double?) -> DataCell {
        DataCell(text: Display.percent(ratio), csv: Display.ratioCSV(ratio), sort: ratio == nil ? "" : Display.ratioCSV(ratio))
    }
    /// A date, "—" when none.
    static func day(_ day: Day?) -> DataCell {
        guard let day else { return DataCell(text: "—", csv: "", sort: "") }
        let text = day.description
        return DataCell(text: text, csv: text, sort: text)
    }
    /// A badge with a sort key.
    static func badge(_ label: String, css: String, sort: String? = nil) -> DataCell {
        DataCell(text: label, csv: label, sort: sort, badge: css)
    }
}
