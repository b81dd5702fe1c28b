extension Product {
    /// The index of the tier that prices `quantity`: the largest min ≤ quantity; nil below the first tier.
    public func tierIndex(forQuantity quantity: Int) -> Int? {
        var found: Int?
        let priceTiers = self.priceTiers
        for (index, tier) in priceTiers.enumerated() where tier.min <= quantity {
            if let current = found, priceTiers[current].min > tier.min { continue }
            found = index
        }
        return found
    }

    /// The unit price for `quantity` from the tiers; nil when no tier applies.
    public func unitPrice(forQuantity quantity: Int) -> Money? {
        tierIndex(forQuantity: quantity).map { self.priceTiers[$0].price }
    }

    /// The lowest tier price ("from ¥x"), nil without tiers.
    public var fromPrice: Money? { self.priceTiers.map(\.price).min() }

    /// The unit price at the minimum order quantity (what a buyer pays for the smallest order): the tier that prices
    /// `moq`, or the first tier's price when `moq` lies below every tier; nil without tiers.
    public var moqPrice: Money? {
        guard let moq = self.moq, let price = unitPrice(forQuantity: moq) else { return self.priceTiers.min { $0.min < $1.min }?.price }
        return price
    }

    /// The lowest tier price when it is below the price at the MOQ ("批量低至 ¥2.85"); nil when ordering more costs no less.
    public var bulkPrice: Money? {
        guard let low = fromPrice, let atMOQ = moqPrice, low < atMOQ else { return nil }
        return low
    }
}
