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
        logo = ShopChecks.logoWarnings(settings: shop.settings, imageExists: imageExists)
        products = CheckResults.check(products: shop.products, settings: shop.settings, imageExists: imageExists)
        orders = CheckResults.check(orders: shop.orders, asOf: shop.asOf)
        floorPrices = CheckResults.floorPrices(shop)
        contacts = ShopChecks.contactWarnings(shop)
    }

    /// Each product's own checks (banned words, MOQ, photos …), in the given order, on every core.
    static func check(products: [Product], settings: SiteSettings,
                      imageExists: @escaping @Sendable (String) -> Bool) -> [[Diagnostic]] {
        let matcher = CheckResults.matcher(settings)
        return products.parallelMap { ShopChecks.productDiagnostics($0, matcher: matcher, settings: settings, imageExists: imageExists) }
    }

    /// Each order's own warnings (late, untracked …) at `asOf`, in the given order, on every core.
    static func check(orders: [Order], asOf: Day) -> [[Diagnostic]] {
        orders.parallelMap { ShopChecks.orderWarnings($0, asOf: asOf) }
    }

    /// The order and quote lines priced below their product's floor price.
    static func floorPrices(_ shop: Shop) -> [Diagnostic] {
        ShopChecks.floorPriceWarnings(shop, floors: ShopChecks.floorPrices(shop.products))
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
