// THROW-AWAY STAND-INS so `check` and `report` compile before the real `ShopChecks` and `ShopReport`
// land in ShopModel (another helper's work). The lead deletes this file when merging.
import Diagnostics
import ShopModel

/// Stand-in: the checks beyond loading (banned words, spec warnings); finds nothing.
public enum ShopChecks {
    /// Stand-in: no diagnostics.
    public static func diagnostics(for shop: Shop) -> [Diagnostic] { [] }
}

/// Stand-in: the JSON report with only `as_of` and the order totals.
public struct ShopReport {
    /// The shop reported on.
    public let shop: Shop
    /// Creates the report.
    public init(shop: Shop) { self.shop = shop }
    /// The JSON text.
    public var json: String {
        let orders = shop.orders.map { "{ \"id\": \"\($0.id)\", \"total\": \"\($0.total.plain)\" }" }
        return "{\n  \"as_of\": \"\(shop.asOf)\",\n  \"orders\": [\(orders.joined(separator: ", "))]\n}\n"
    }
}
