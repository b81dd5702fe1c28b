import Diagnostics

extension ShopChecks {
    /// The floor price of every product that has one, by sku (empty when none has, and the line checks cost nothing).
    public static func floorPrices(_ products: [Product]) -> [SKU: Money] {
        var floors: [SKU: Money] = [:]
        for product in products { if let floor = product.floorPrice { floors[product.sku] = floor } }
        return floors
    }

    /// Every order and quote line priced below its product's floor price (a line at the floor is fine), in the shop's
    /// order: the orders' lines, then the quotes'.
    public static func floorPriceWarnings(_ shop: Shop, floors: [SKU: Money]) -> [Diagnostic] {
        guard !floors.isEmpty else { return [] }
        var found: [Diagnostic] = []
        let settings = shop.settings
        func check(sku: SKU, price: Money, line: Int, source: FieldLines) {
            guard let floor = floors[sku], price < floor else { return }
            found.append(.warning("W-BELOW-FLOOR-PRICE", ["sku": sku.rawValue, "price": ShopChecks.price(price, settings: settings),
                                                         "floor": ShopChecks.price(floor, settings: settings)],
                                  at: line > 0 ? source.location(line: line) : source.location(of: "items")))
        }
        for order in shop.orders {
            for item in order.items { check(sku: item.sku, price: item.price, line: item.line, source: order.source) }
        }
        for quote in shop.quotes {
            for item in quote.items { if let sku = item.sku { check(sku: sku, price: item.price, line: item.line, source: quote.source) } }
        }
        return found
    }
}
