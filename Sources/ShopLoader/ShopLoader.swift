import Concurrency
import Diagnostics
import ShopModel

/// Loads a shop folder into a `Shop`, collecting every error and warning of every file.
///
/// Draft products are left out of `shop.products` unless `includeDrafts`, but orders and quotes that
/// name them still validate and are priced from them (the drafts are in `LoadResult.excludedDrafts`);
/// traffic rows of a left-out draft are dropped without a warning. Draft pages (`draft: true`) are
/// left out likewise.
public enum ShopLoader {
    /// Loads `shopPath`/content; `shop` is nil when any error was found.
    public static func load(shopPath: String, options: LoadOptions) -> LoadResult {
        var diagnostics = DiagnosticList()
        guard let root = ContentFiles.realPath(shopPath), ContentFiles.targetType(root) == .directory else {
            diagnostics.append(.error("E-NO-SHOP-FOLDER", ["shop": shopPath]))
            return LoadResult(shop: nil, diagnostics: diagnostics)
        }
        guard ContentFiles.targetType(root + "/content") == .directory else {
            diagnostics.append(.error("E-NO-CONTENT-FOLDER", ["shop": shopPath]))
            return LoadResult(shop: nil, diagnostics: diagnostics)
        }
        var walk = ContentWalker.walk(root: root)
        diagnostics.append(contentsOf: walk.diagnostics)
        let settings = loadSettings(walk, into: &diagnostics)
        let decoder = EntityDecoder(settings: settings)
        var content = ContentSet(expecting: walk.counts)
        walk.files.parallelForEach(state: { (FileBuffer(), FieldLayouts()) },
                                   { state, file in decoder.decode(file, buffer: state.0, layouts: state.1) },
                                   consume: { content.add($0, into: &diagnostics) })
        let files = walk.files
        walk.files = []
        BackgroundRelease.release(files)
        return assemble(consume content, settings: settings, walk: walk, options: options, diagnostics: diagnostics)
    }

    static func loadSettings(_ walk: ContentWalk, into diagnostics: inout DiagnosticList) -> SiteSettings {
        let fallback = SiteSettings(name: "", source: FieldLines(file: Location(path: SiteSettingsDecoder.path, line: 1)))
        guard let path = walk.siteYAML else {
            diagnostics.append(.error("E-NO-SITE-YAML",
                                      at: Location(path: SiteSettingsDecoder.path)))
            return fallback
        }
        guard let bytes = ContentFiles.contents(of: path) else {
            diagnostics.append(.error("E-READ-FILE", at: Location(path: SiteSettingsDecoder.path)))
            return fallback
        }
        let (settings, problems) = SiteSettingsDecoder.decode(bytes: bytes)
        diagnostics.append(contentsOf: problems)
        return settings ?? fallback
    }

    static func assemble(_ content: consuming ContentSet, settings: SiteSettings, walk: ContentWalk, options: LoadOptions,
                                 diagnostics: DiagnosticList) -> LoadResult {
        var diagnostics = diagnostics
        let resolver = ReferenceResolver(settings: settings, products: content.products, productIndex: content.productIndex,
                                         customers: content.customersByID, promotions: content.promotionsByID,
                                         quoteIDs: Set(content.quotes.map { $0.quote.id }), unloaded: content.unloaded)
        for customer in content.customers {
            if let rep = customer.rep, settings.rep(rep) == nil {
                diagnostics.append(.error("E-UNKNOWN-REP", ["id": rep.rawValue], at: customer.source.location(of: "rep")))
            }
        }
        var knockOns: [KnockOn] = []
        // Without drafts to leave out (the usual case) the products are taken as they are, not filtered copies.
        let leavesOutDrafts = !options.includeDrafts && content.products.contains { $0.status == .draft }
        let shown = leavesOutDrafts ? content.products.filter { $0.status != .draft } : content.products
        let hidden = leavesOutDrafts ? content.products.filter { $0.status == .draft } : []
        let hiddenSKUs = Set(hidden.map(\.sku))
        // traffic.csv is read on another thread while the orders and quotes are resolved.
        let known = resolver.productIndex
        let trafficPath = walk.traffic
        let unloaded = content.unloaded  // a product whose file did not load: its rows are dropped under that file's error
        let trafficRows = Background { readTraffic(trafficPath, isKnown: { known[$0] != nil && !hiddenSKUs.contains($0) },
                                                   isHidden: { hiddenSKUs.contains($0) || unloaded.path(of: $0.rawValue, kind: .products) != nil }) }
        // Orders and quotes are resolved on every core (each on its own), gathered in path order.
        var gaps = content.orderGaps
        let orders = resolveOrders(content.orders, resolver, diagnostics: &diagnostics, knockOns: &knockOns, gaps: &gaps)
        // Paid orders by customer: only a quote naming a promotion needs them.
        let index = content.quotes.contains { $0.quote.promotion != nil } ? OrderIndex(orders: orders) : nil
        var quotes: [Quote] = []
        quotes.reserveCapacity(content.quotes.count)
        content.quotes.parallelForEach(state: {}, { [gaps] _, draft in resolver.resolve(draft, orders: index, gaps: gaps) }, consume: { resolved in
            let (quote, problems, knocks) = resolved
            if !problems.isEmpty { diagnostics.append(contentsOf: problems) }
            if !knocks.isEmpty { knockOns.append(contentsOf: knocks) }
            if let quote { quotes.append(quote) }
        })
        let drafts = (content.orders, content.quotes)
        (content.orders, content.quotes) = ([], [])
        BackgroundRelease.release(drafts)
        UnloadedFiles.attach(knockOns, to: &diagnostics)
        let (traffic, trafficProblems) = trafficRows.value
        diagnostics.append(contentsOf: trafficProblems)
        let trailing = trafficProblems.count
        let pages = content.pages.filter { options.includeDrafts || !$0.draft }
        let asOf = options.asOf ?? settings.asOf ?? Today.day
        let shop = Shop(settings: settings, products: shown, customers: content.customers, orders: orders, quotes: quotes,
                        promotions: content.promotions, pages: pages, traffic: traffic, asOf: asOf)
        guard !diagnostics.hasErrors else {
            // The part that loaded is kept so the checks report in this run too (an error never hides another file's).
            var failed = LoadResult(shop: nil, diagnostics: diagnostics, excludedDrafts: hidden)
            failed.partial = shop
            return failed
        }
        // The id registries and look-up tables (tens of thousands of strings) are freed on another thread.
        BackgroundRelease.release((consume content, consume resolver, consume index))
        var result = LoadResult(shop: shop, diagnostics: diagnostics, excludedDrafts: hidden)
        result.trailingDiagnostics = trailing
        return result
    }

    /// The rows of `content/data/traffic.csv` and its problems (none when the shop has no such file).
    static func readTraffic(_ path: String?, isKnown: (SKU) -> Bool, isHidden: (SKU) -> Bool) -> ([TrafficRow], [Diagnostic]) {
        guard let path else { return ([], []) }
        guard let bytes = ContentFiles.contents(of: path) else {
            return ([], [.error("E-READ-FILE", at: Location(path: TrafficDecoder.path))])
        }
        return TrafficDecoder.decode(bytes: bytes, isKnown: isKnown, isHidden: isHidden)
    }
}
