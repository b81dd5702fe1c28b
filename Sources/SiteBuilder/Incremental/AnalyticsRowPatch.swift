import Foundation
import ShopModel

/// The product figures page after an edit that reached no figure and changed only product titles: when the page
/// shows none of those products (its HTML names none of their skus), the HTML stays as it is and only the rows of the
/// CSV files beside it that list them change, so those rows are patched in the files of the output instead of
/// rendering the page and its 10,000-row tables again. Anything unexpected renders the page
/// (`SummaryPageSkipTests` compares the result with a fresh build).
enum AnalyticsRowPatch {
    /// The page this patches.
    static let page = "analytics/products/index.html"

    /// The CSV files of `page` with the retitled products' rows patched (only the files that change), or nil when the
    /// page must be rendered again. `figuresKept`: both builds have the same figures; `output`: the output folder,
    /// which holds the files of `old`.
    static func files(_ changes: EntityChanges, old: SiteIndex, new: SiteIndex, figuresKept: Bool, output: String)
        -> [(path: String, bytes: [UInt8])]? {
        guard figuresKept, old.isInternal, new.isInternal, !changes.sharedChanged, old.pageSizes == new.pageSizes,
              let analytics = new.analytics else { return nil }
        var rows: [(old: [UInt8], new: [UInt8])] = []
        for sku in FigureFreePages.productsShownDifferently(changes.products, old: old, new: new) {
            guard let a = old.productPosition[sku].map({ old.shop.products[$0] }), let b = new.productPosition[sku].map({ new.shop.products[$0] }),
                  a.cost == b.cost, sku.rawValue.utf8.allSatisfy(isPlain) else { return nil }
            rows.append((rowStart(sku, a.title), rowStart(sku, b.title)))
        }
        guard !rows.isEmpty, let html = read(output + "/" + page),
              !changes.products.contains(where: { find(Array($0.rawValue.utf8), in: html, from: 0) != nil }) else { return nil }
        var files: [(path: String, bytes: [UInt8])] = []
        for path in csvPaths(analytics) {
            guard var bytes = read(output + "/" + path) else { return nil }
            var changed = false
            for row in rows {
                guard let at = find(row.old, in: bytes, from: 0) else { continue }
                let end = at + row.old.count
                guard end < bytes.count, bytes[end] == 0x2C || bytes[end] == 0x0D, find(row.old, in: bytes, from: end) == nil else { return nil }
                bytes.replaceSubrange(at..<end, with: row.new)
                changed = true
            }
            if changed { files.append((path, bytes)) }
        }
        return files
    }

    /// The CSV files `AnalyticsProductsPage` writes beside the page: per window its top sellers and every product's
    /// figures, for the longest window the low-conversion and no-traffic lists.
    static func csvPaths(_ analytics: ShopAnalytics) -> [String] {
        var paths = analytics.windows.flatMap { ["analytics/top-products-\($0.days).csv", "analytics/products-\($0.days).csv"] }
        if let i = AnalyticsOverviewPage.longestWindow(analytics) {
            let days = analytics.windows[i].days
            paths += ["analytics/low-conversion-\(days).csv", "analytics/no-traffic-\(days).csv"]
        }
        return paths
    }

    /// The start of a product's row in those files: a line end, its sku and its title as CSV fields.
    static func rowStart(_ sku: SKU, _ title: String) -> [UInt8] {
        var bytes: [UInt8] = [0x0D, 0x0A]
        DataTable.appendCSVField(sku.rawValue, numeric: false, to: &bytes)
        bytes.append(0x2C)
        DataTable.appendCSVField(title, numeric: false, to: &bytes)
        return bytes
    }

    /// Whether a sku byte is written the same in HTML and CSV (letters, digits, `-`, `_`, `.`).
    private static func isPlain(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2D || byte == 0x5F || byte == 0x2E
    }

    /// The position of the first `pattern` in `bytes` at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var i = start
        while i <= bytes.count - pattern.count {
            if bytes[i] == first && bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i }
            i += 1
        }
        return nil
    }

    private static func read(_ path: String) -> [UInt8]? { FileManager.default.contents(atPath: path).map { Array($0) } }
}
