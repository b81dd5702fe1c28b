extension Product {
    /// The index of the tier that prices `quantity`: the largest min ≤ quantity; nil below the first tier.
    public func tierIndex(forQuantity quantity: Int) -> Int? {
        var found: Int?
        for (index, tier) in priceTiers.enumerated() where tier.min <= quantity {
            if let current = found, priceTiers[current].min > tier.min { continue }
            found = index
        }
        return found
    }

    /// The unit price for `quantity` from the tiers; nil when no tier applies.
    public func unitPrice(forQuantity quantity: Int) -> Money? {
        tierIndex(forQuantity: quantity).map { priceTiers[$0].price }
    }

    /// The lowest tier price ("from ¥x"), nil without tiers.
    public var fromPrice: Money? { priceTiers.map(\.price).min() }
}
