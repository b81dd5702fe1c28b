import Foundation
import Testing
@testable import SiteBuilder

/// A shop big enough to cap the long lists: products without photos (one warning each), late orders (a warning and
/// a to-do each) and quotes spread over three customers and three products (3, 2 and 1 quotes each).
enum BigShopFixture {
    /// The shop's folder: `products` photo-less products and `lateOrders` unshipped orders past their ship-by date.
    static func shop(products: Int = 25, lateOrders: Int = 52) -> String {
        var files: [String: String] = ["content/site.yaml": "name: 大店测试\nas_of: 2025-11-30\n"]
        for (i, name) in ["义乌小商品批发行", "广州白云百货", "杭州四季青服饰"].enumerated() {
            files["content/customers/C-\(i + 1).md"] = "---\nname: \(name)\nregion: 浙江\n---\n"
        }
        for i in 1...max(3, products) {
            files[String(format: "content/products/P-%02d.md", i)] = "---\ntitle: 加厚纯棉毛巾 \(i) 号 100条起批\ntype: spot\n"
                + "category: 家纺\nmoq: 100\nlead_time_days: 3\nprice_tiers:\n  - { min: 100, price: \(i + 5) }\n---\n"
        }
        for i in 1...max(1, lateOrders) {
            files[String(format: "content/orders/O-%03d.md", i)] = "---\ncustomer: C-1\ndate: 2025-10-01\nstatus: pending_shipment\n"
                + "ship_by: 2025-10-10\nitems:\n  - { sku: P-01, qty: 100 }\n---\n"
        }
        // Quotes per customer: C-1 three, C-2 two, C-3 one; per product: P-03 three, P-02 two, P-01 one.
        let quotes = [("C-1", "P-03"), ("C-1", "P-03"), ("C-1", "P-02"), ("C-2", "P-03"), ("C-2", "P-02"), ("C-3", "P-01")]
        for (i, quote) in quotes.enumerated() {
            files["content/quotes/Q-\(i + 1).md"] = "---\ncustomer: \(quote.0)\ndate: 2025-11-2\(i)\nstatus: sent\n"
                + "items:\n  - { sku: \(quote.1), qty: 200 }\n---\n"
        }
        return SiteFixture.write(files, under: SiteFixture.temporaryFolder("bigshop"))
    }

    /// Builds `shop` (analytics tables capped at `analyticsRows`) and returns the output folder.
    static func build(_ shop: String, analyticsRows: Int = 2) throws -> String {
        let output = SiteFixture.temporaryFolder("bigshop-out") + "/public"
        var options = BuildOptions(shopPath: shop, outputPath: output)
        options.pageSizes = PageSizes(analyticsRows: analyticsRows)
        let outcome = SiteBuild.run(options)
        try #require(outcome.succeeded, "\(outcome.diagnostics)")
        return output
    }

    /// The part of `html` from the first `start` to the next `end` after it ("" when `start` is missing).
    static func slice(_ html: String, from start: String, to end: String) -> String {
        guard let from = html.range(of: start) else { return "" }
        let rest = html[from.upperBound...]
        return String(rest[..<(rest.range(of: end)?.lowerBound ?? rest.endIndex)])
    }
}
