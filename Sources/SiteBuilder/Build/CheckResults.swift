import Concurrency
import Diagnostics
import ShopLoader
import ShopModel

/// The content checks of one build kept per entity (the logo's, then each product's and each order's, in the
/// shop's order, then the floor-price lines'), so a rebuild after an edit checks again only the products and orders
/// that changed (and the floor-price lines, which are cheap).
struct CheckResults: Sendable {
    /// The logo's warning.
    var logo: [Diagnostic] = []
    /// Per position in `shop.products`.
    var products: [[Diagnostic]] = []
    /// Per position in `shop.orders`.
    var orders: [[Diagnostic]] = []
    /// The order and quote lines priced below their product's floor price (checked whole on every build: a floor
    /// price edit reaches lines in other files).
    var floorPrices: [Diagnostic] = []
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
        floorPrices = ShopChecks.floorPriceWarnings(shop, floors: ShopChecks.floorPrices(shop.products))
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
        floorPrices = ShopChecks.floorPriceWarnings(shop, floors: ShopChecks.floorPrices(shop.products))
        contacts = ShopChecks.contactWarnings(shop)
    }

    /// Everything, in the order of a whole check.
    var all: [Diagnostic] {
        var found = logo
        for list in products where !list.isEmpty { found.append(contentsOf: list) }
        for list in orders where !list.isEmpty { found.append(contentsOf: list) }
        found.append(contentsOf: floorPrices)
        found.append(contentsOf: contacts)
        return found
    }

    /// The checks of the part of a shop that loaded despite errors: every check error, and the warnings of the files
    /// without a load error (a warning in a file that failed would mostly follow from its error, like missing tiers
    /// after a bad price).
    static func ofPartial(_ loaded: LoadResult, imageExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        guard let partial = loaded.partial else { return [] }
        let failedFiles = Set(loaded.diagnostics.errors.compactMap { $0.location?.path })
        return CheckResults(shop: partial, imageExists: imageExists).all.filter { diagnostic in
            diagnostic.severity == .error || !failedFiles.contains(diagnostic.location?.path ?? "")
        }
    }

    private static func matcher(_ settings: SiteSettings) -> BannedTermMatcher {
        BannedTermMatcher(banned: BannedTerms.builtIn + settings.bannedWords, allowed: settings.allowedWords)
    }
}
