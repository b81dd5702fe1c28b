import Concurrency
import Diagnostics
import ShopLoader
import ShopModel
import SiteOutput
import TemplateEngine

/// Prepares the site of a load patched from the one the last good site was prepared from, calling the plain stages on
/// what the edit reached: the checks of the changed products and orders spliced into the old ones by position, the
/// figures patched (`FigurePatch`), the look-ups kept and the joins kept when no changed order or quote moved. The
/// result equals `SiteBuild.prepare` of the same load (the differential tests hold it). This is the one place that
/// decides what of the last build a new one reuses; the stages themselves know nothing of earlier builds.
enum IncrementalPrepare {
    /// Prepares `loaded`; with `changes` made since the load `old` was prepared from, reusing what they cannot have
    /// moved, else as a whole (`SiteBuild.prepare`).
    static func prepare(_ options: BuildOptions, output: OutputFolder?, loaded: LoadResult, changes: LoadChanges?, old: PreparedSite,
                        library reused: TemplateLibrary?, imageExists: (@Sendable (String) -> Bool)?,
                        diagnostics: inout DiagnosticList) -> PreparedSite? {
        guard let changes, changes.base == old.loaded.generation else {
            return SiteBuild.prepare(options, output: output, loaded: loaded, library: reused, imageExists: imageExists,
                                     diagnostics: &diagnostics)
        }
        let exists = SiteBuild.imageTest(options, imageExists)
        guard let shop = SiteBuild.loadedShop(options, loaded: loaded, imageExists: exists, diagnostics: &diagnostics) else { return nil }
        let excludedDrafts = loaded.excludedDrafts, oldIndex = old.index
        let indexed = Background { index(shop, excludedDrafts: excludedDrafts, options: options, old: oldIndex, changes: changes) }
        let checks = checks(old.checks, shop: shop, changes: changes, imageExists: exists)
        return SiteBuild.prepare(options, output: output, loaded: loaded, shop: shop, checks: checks, indexed: { indexed.value },
                                 pages: { [old] in pages($0, old: old, changes: changes) }, library: reused, diagnostics: &diagnostics)
    }

    /// The checks of `old` with those of the changed products and orders done again and spliced in by position; the
    /// floor-price lines and the contact log (which read across files) and the logo checked whole.
    static func checks(_ old: CheckResults, shop: Shop, changes: LoadChanges, imageExists: @escaping @Sendable (String) -> Bool)
        -> CheckResults {
        var checks = old
        let products = changes.productPositions, orders = changes.orderPositions
        let productChecks = CheckResults.check(products: products.map { shop.products[$0] }, settings: shop.settings, imageExists: imageExists)
        for (i, p) in products.enumerated() { checks.products[p] = productChecks[i] }
        let orderChecks = CheckResults.check(orders: orders.map { shop.orders[$0] }, asOf: shop.asOf)
        for (i, o) in orders.enumerated() { checks.orders[o] = orderChecks[i] }
        checks.floorPrices = CheckResults.floorPrices(shop)
        checks.contacts = ShopChecks.contactWarnings(shop)
        return checks
    }

    /// The index of the patched `shop`: the figures patched on another thread, the look-ups of `old` (the same ids at
    /// the same positions), its joins when `joinsKept` and its catalog and orders lists when `listsKept`.
    static func index(_ shop: Shop, excludedDrafts: [Product], options: BuildOptions, old: SiteIndex, changes: LoadChanges) -> SiteIndex {
        let audience = options.audience
        guard old.audience == audience else {
            return SiteIndex(shop: shop, excludedDrafts: excludedDrafts, audience: audience, warnings: [], pageSizes: options.pageSizes)
        }
        let oldFigures = old.analytics
        let figures = audience == .internal
            ? Background { oldFigures.map { FigurePatch.analytics(shop: shop, old: $0, changes: changes) } ?? ShopAnalytics(shop: shop) }
            : nil
        let lookups = SiteIndex.Lookups(of: old)
        let joins = joinsKept(old: old.shop, new: shop, changes: changes)
            ? SiteIndex.Joins(of: old)
            : SiteIndex.Joins(shop: shop, audience: audience, customers: lookups.customerPosition, products: lookups.productPosition)
        let lists = listsKept(old: old.shop, new: shop, changes: changes) ? SiteIndex.Lists(of: old) : SiteIndex.Lists(shop: shop, audience: audience)
        return SiteIndex(shop: shop, excludedDrafts: excludedDrafts, audience: audience, warnings: [], pageSizes: options.pageSizes,
                         lookups: lookups, joins: joins, lists: lists, figures: { figures?.value })
    }

    /// Whether the joins of `old` still hold for `new`: the same ids in the same places (a patched load), and no
    /// changed order or quote moved to another customer or date, or names other products on its lines.
    static func joinsKept(old: Shop, new: Shop, changes: LoadChanges) -> Bool {
        guard old.orders.count == new.orders.count, old.quotes.count == new.quotes.count else { return false }
        for o in changes.orderPositions where old.orders[o].customer != new.orders[o].customer || old.orders[o].date != new.orders[o].date {
            return false
        }
        for q in changes.quotePositions {
            let a = old.quotes[q], b = new.quotes[q]
            if a.customer != b.customer || a.date != b.date || a.items.count != b.items.count
                || a.items.indices.contains(where: { a.items[$0].sku != b.items[$0].sku }) {
                return false
            }
        }
        return true
    }
}
