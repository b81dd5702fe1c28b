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
                found.append(.warning("W-NO-PRICE-TIERS", at: source.location(of: "price_tiers")))
            }
            if product.moq == nil {
                found.append(.warning("W-NO-MOQ", at: source.location(of: "moq")))
            }
            if product.leadTimeDays == nil {
                let fallback = settings.leadTimeDays[product.type]
                found.append(.warning(fallback == nil ? "W-NO-LEAD-TIME" : "W-NO-LEAD-TIME-DEFAULT",
                                      ["days": fallback.map { "\($0)" } ?? "", "type": product.type.rawValue],
                                      at: source.location(of: "lead_time_days")))
            }
        }
        let tiers = product.priceTiers.sorted { $0.min < $1.min }
        for (lower, higher) in zip(tiers, tiers.dropFirst()) where higher.price > lower.price {
            let at = higher.line > 0 ? source.location(line: higher.line) : source.location(of: "price_tiers")
            found.append(.warning("W-PRICE-RISES", ["lowerMin": "\(lower.min)", "lowerPrice": price(lower.price, settings: settings),
                                                  "higherMin": "\(higher.min)", "higherPrice": price(higher.price, settings: settings),
                                                  "unit": unit], at: at))
        }
        if product.moqWritten, let moq = product.moq, let first = tiers.first, first.min != moq {
            found.append(.warning(moq < first.min ? "W-MOQ-BELOW-FIRST-TIER" : "W-MOQ-ABOVE-FIRST-TIER",
                                  ["moq": "\(moq)", "first": "\(first.min)", "last": "\(first.min - 1)", "unit": unit],
                                  at: source.location(of: "moq")))
        }
        if product.type != .spot, let days = product.leadTimeDays, days < minimumMadeToOrderLeadDays {
            found.append(.warning("W-SHORT-LEAD-TIME", ["type": product.type.rawValue, "days": "\(days)",
                                                      "minimum": "\(minimumMadeToOrderLeadDays)"],
                                  at: source.location(of: "lead_time_days")))
        }
        for image in product.images where !imageExists(image) {
            found.append(.warning("W-MISSING-IMAGE", ["image": image], at: source.location(of: "images")))
        }
        return found
    }
}
