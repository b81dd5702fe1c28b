import ShopModel

/// One order line read from an export row.
public struct ImportedLine: Sendable, Hashable {
    /// The product.
    public var sku: SKU
    /// Units.
    public var qty: Int
    /// The price in the export, nil when the cell was empty.
    public var price: Money?
    /// The export row it came from.
    public var row: Int
}
