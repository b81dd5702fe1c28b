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
            diagnostics.append(.error("no shop folder at `\(shopPath)`"))
            return LoadResult(shop: nil, diagnostics: diagnostics)
        }
        guard ContentFiles.targetType(root + "/content") == .directory else {
            diagnostics.append(.error("no content/ folder in `\(shopPath)`: is this a shop folder?"))
            return LoadResult(shop: nil, diagnostics: diagnostics)
        }
        let walk = ContentWalker.walk(root: root)
        diagnostics.append(contentsOf: walk.diagnostics)
        let settings = loadSettings(walk, into: &diagnostics)
        let decoder = EntityDecoder(settings: settings)
        let decoded = walk.files.parallelMap { decoder.decode($0) }
        var content = ContentSet()
        for file in decoded { content.add(file, into: &diagnostics) }
        return assemble(content, settings: settings, walk: walk, options: options, diagnostics: diagnostics)
    }

    private static func loadSettings(_ walk: ContentWalk, into diagnostics: inout DiagnosticList) -> SiteSettings {
        let fallback = SiteSettings(name: "", source: FieldLines(file: Location(path: SiteSettingsDecoder.path, line: 1)))
        guard let path = walk.siteYAML else {
            diagnostics.append(.error("missing content/site.yaml (the shop's settings; `name:` is required)",
                                      at: Location(path: SiteSettingsDecoder.path)))
            return fallback
        }
        guard let bytes = ContentFiles.contents(of: path) else {
            diagnostics.append(.error("cannot read the file", at: Location(path: SiteSettingsDecoder.path)))
            return fallback
        }
        let (settings, problems) = SiteSettingsDecoder.decode(bytes: bytes)
        diagnostics.append(contentsOf: problems)
        return settings ?? fallback
    }

    private static func assemble(_ content: ContentSet, settings: SiteSettings, walk: ContentWalk, options: LoadOptions,
                                 diagnostics: DiagnosticList) -> LoadResult {
        var diagnostics = diagnostics
        let resolver = ReferenceResolver(settings: settings, products: content.products, productIndex: content.productIndex,
                                         customers: content.customersByID, promotions: content.promotionsByID)
        var orders: [Order] = []
        for draft in content.orders {
            let (order, problems) = resolver.resolve(draft)
            diagnostics.append(contentsOf: problems)
            if let order { orders.append(order) }
        }
        let index = OrderIndex(orders: orders)
        var quotes: [Quote] = []
        for draft in content.quotes {
            let (quote, problems) = resolver.resolve(draft, orders: index)
            diagnostics.append(contentsOf: problems)
            if let quote { quotes.append(quote) }
        }
        let shown = content.products.filter { options.includeDrafts || $0.status != .draft }
        let hidden = content.products.filter { !options.includeDrafts && $0.status == .draft }
        let shownSKUs = Set(shown.map(\.sku)), hiddenSKUs = Set(hidden.map(\.sku))
        var traffic: [TrafficRow] = []
        if let path = walk.traffic {
            if let bytes = ContentFiles.contents(of: path) {
                let (rows, problems) = TrafficDecoder.decode(bytes: bytes, isKnown: { shownSKUs.contains($0) },
                                                             isHidden: { hiddenSKUs.contains($0) })
                traffic = rows
                diagnostics.append(contentsOf: problems)
            } else {
                diagnostics.append(.error("cannot read the file", at: Location(path: TrafficDecoder.path)))
            }
        }
        let pages = content.pages.filter { options.includeDrafts || !$0.draft }
        let asOf = options.asOf ?? settings.asOf ?? Today.day
        guard !diagnostics.hasErrors else { return LoadResult(shop: nil, diagnostics: diagnostics, excludedDrafts: hidden) }
        let shop = Shop(settings: settings, products: shown, customers: content.customers, orders: orders, quotes: quotes,
                        promotions: content.promotions, pages: pages, traffic: traffic, asOf: asOf)
        return LoadResult(shop: shop, diagnostics: diagnostics, excludedDrafts: hidden)
    }
}
