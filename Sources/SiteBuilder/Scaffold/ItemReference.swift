/// The product line an order or quote stub writes: an existing sku with a quantity that prices from its tiers,
/// or a placeholder when the shop has no product yet.
struct ItemReference {
    /// The sku, nil when the shop has no product (a placeholder is written).
    var sku: String?
    /// A quantity at or above the product's moq and first tier.
    var qty: Int
    /// Whether the line must carry a `price` (no tier applies).
    var needsPrice: Bool

    /// The placeholder written for a missing customer or product id.
    static let placeholder = "CHANGE-ME"
}
