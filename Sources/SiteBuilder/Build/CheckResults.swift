import Concurrency
import Diagnostics
import ShopLoader
import ShopModel

/// The content checks of one build kept per entity (the logo's, then each product's and each order's, in the
/// shop's order), so a rebuild after an edit checks again only the products and orders that changed.
struct CheckResults: Sendable {
    /// The logo's warning.
    var logo: [Diagnostic] = []
    /// Per position in `shop.products`.
    var products: [[Diagnostic]] = []
    /// Per position in `shop.orders`.
    var orders: [[Diagnostic]] = []
    /// The contact-log warnings (they depend on customers and orders together, so every rebuild redoes them).
    var contacts: [Diagnostic] = []

    /// Every check of `shop` (as `ShopChecks.diagnostics(for:imageExists:)`), the products and orders checked on
    /// every core and kept in the shop's order.
    init(shop: Shop, imageExists: @escaping @Sendable (String) -> Bool) {
        let settings = shop.settings
        logo = ShopChecks.logoWarnings(settings: settings, imageExists: imageExists)
        let matcher = CheckResults.matcher(settings)
        products = Array(shop.products.indices).parallelMap {
            ShopChecks.productDiagnostics(shop.products[$0], matcher: matcher, settings: settings, imageExists: imageExists)
        }
        orders = Array(shop.orders.indices).parallelMap { ShopChecks.orderWarnings(shop.orders[$0], asOf: shop.asOf) }
        contacts = ShopChecks.contactWarnings(shop)
    }

    /// The checks of an earlier build of the same entities, with those at the changed positions done again.
    init(reusing old: CheckResults, shop: Shop, changes: LoadChanges, imageExists: (String) -> Bool) {
        self = old
        let settings = shop.settings
        if !changes.productPositions.isEmpty {
            let matcher = CheckResults.matcher(settings)
            for p in changes.productPositions {
                products[p] = ShopChecks.productDiagnostics(shop.products[p], matcher: matcher, settings: settings,
                                                            imageExists: imageExists)
            }
        }
        for o in changes.orderPositions { orders[o] = ShopChecks.orderWarnings(shop.orders[o], asOf: shop.asOf) }
        contacts = ShopChecks.contactWarnings(shop)
    }

    /// Everything, in the order of a whole check.
    var all: [Diagnostic] {
        var found = logo
        for list in products where !list.isEmpty { found.append(contentsOf: list) }
        for list in orders where !list.isEmpty { found.append(contentsOf: list) }
        found.append(contentsOf: contacts)
        return found
    }

    private static func matcher(_ settings: SiteSettings) -> BannedTermMatcher {
        BannedTermMatcher(banned: BannedTerms.builtIn + settings.bannedWords, allowed: settings.allowedWords)
    }
}
