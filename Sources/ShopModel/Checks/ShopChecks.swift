import Diagnostics

/// The content checks that are not load errors: banned terms in titles (errors), and the warnings of the spec
/// about products, listings (images, title wording, banned terms in bodies and specs), orders and floor prices. Each message names the front-matter line of the key it is about.
public enum ShopChecks {
    /// Custom and processing products quoting fewer lead days than this get a warning.
    public static let minimumMadeToOrderLeadDays = 10

    /// Every check except image existence (the model does no I/O), in file order per entity.
    public static func diagnostics(for shop: Shop) -> [Diagnostic] {
        diagnostics(for: shop, imageExists: { _ in true })
    }

    /// Every check; `imageExists` answers whether a path relative to content/ names an existing file.
    public static func diagnostics(for shop: Shop, imageExists: (String) -> Bool) -> [Diagnostic] {
        let settings = shop.settings
        var found = logoWarnings(settings: settings, imageExists: imageExists)
        let matcher = BannedTermMatcher(banned: BannedTerms.builtIn + settings.bannedWords, allowed: settings.allowedWords)
        for i in shop.products.indices {
            found.append(contentsOf: productDiagnostics(shop.products[i], matcher: matcher, settings: settings, imageExists: imageExists))
        }
        for i in shop.orders.indices {
            found.append(contentsOf: orderWarnings(shop.orders[i], asOf: shop.asOf))
        }
        found.append(contentsOf: floorPriceWarnings(shop, floors: floorPrices(shop.products)))
        found.append(contentsOf: contactWarnings(shop))
        return found
    }

    /// A logo that does not exist (the first check, before the products').
    public static func logoWarnings(settings: SiteSettings, imageExists: (String) -> Bool) -> [Diagnostic] {
        guard let logo = settings.logo, !logo.isEmpty, !imageExists(logo) else { return [] }
        return [.warning("W-MISSING-LOGO", ["logo": logo], at: settings.source.location(of: "logo"))]
    }

    /// One product's checks: banned terms in its title (errors), then its warnings.
    public static func productDiagnostics(_ product: Product, matcher: BannedTermMatcher, settings: SiteSettings,
                                          imageExists: (String) -> Bool) -> [Diagnostic] {
        var found = titleErrors(product, matcher: matcher)
        found.append(contentsOf: productWarnings(product, settings: settings, imageExists: imageExists))
        found.append(contentsOf: listingWarnings(product, matcher: matcher))
        return found
    }

    /// A price as the merchant wrote it: `¥15.00`, or `¥0.035` when it has more than 2 decimals.
    static func price(_ amount: Money, settings: SiteSettings) -> String {
        guard amount.tenThousandths % 100 != 0 else { return settings.display(amount) }
        var digits = amount.formatted(fractionDigits: 4, grouping: true)
        while digits.hasSuffix("0") { digits.removeLast() }
        return digits.hasPrefix("-") ? "-" + settings.currencySymbol + digits.dropFirst() : settings.currencySymbol + digits
    }
}
