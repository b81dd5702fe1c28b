import Diagnostics

extension ShopChecks {
    /// Missing tiers, moq or lead time (active products), rising prices, a first tier that is not the moq,
    /// short lead times for made-to-order goods, and images that do not exist.
    static func productWarnings(_ product: Product, settings: SiteSettings, imageExists: (String) -> Bool) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let source = product.source
        let unit = product.unit
        if product.status == .active {
            if product.priceTiers.isEmpty {
                found.append(.warning("active product has no price tiers, so buyers see no price", at: source.location(of: "price_tiers")))
            }
            if product.moq == nil {
                found.append(.warning("active product has no moq (minimum order quantity)", at: source.location(of: "moq")))
            }
            if product.leadTimeDays == nil {
                let fallback = settings.leadTimeDays[product.type].map { "; the default of \($0) days for \(product.type.rawValue) products applies" } ?? ""
                found.append(.warning("active product has no lead_time_days\(fallback)", at: source.location(of: "lead_time_days")))
            }
        }
        let tiers = product.priceTiers.sorted { $0.min < $1.min }
        for (lower, higher) in zip(tiers, tiers.dropFirst()) where higher.price > lower.price {
            let at = higher.line > 0 ? source.location(line: higher.line) : source.location(of: "price_tiers")
            found.append(.warning("price rises with quantity: \(lower.min) \(unit) at \(price(lower.price, settings: settings)) but \(higher.min) \(unit) at \(price(higher.price, settings: settings))", at: at))
        }
        if product.moqWritten, let moq = product.moq, let first = tiers.first, first.min != moq {
            let consequence = moq < first.min
                ? "orders of \(moq)–\(first.min - 1) \(unit) have no price"
                : "the tier price from \(first.min) \(unit) can never apply below the moq"
            found.append(.warning("moq is \(moq) \(unit) but the first price tier starts at \(first.min) \(unit), so \(consequence)",
                                  at: source.location(of: "moq")))
        }
        if product.type != .spot, let days = product.leadTimeDays, days < minimumMadeToOrderLeadDays {
            found.append(.warning("\(product.type.rawValue) product has lead_time_days \(days), below the \(minimumMadeToOrderLeadDays) days made-to-order work usually needs",
                                  at: source.location(of: "lead_time_days")))
        }
        for image in product.images where !imageExists(image) {
            found.append(.warning("image \"\(image)\" does not exist under content/", at: source.location(of: "images")))
        }
        return found
    }
}
