import Diagnostics
import ShopModel

extension ShopLoader {
    /// The last load with the re-read files (`changed`, positions in the cache) put in place, and the orders and
    /// quotes that name a changed product, customer or order resolved again; nil when the change is not one a
    /// patch can take (a new or removed id, a draft status flip, a file with an error, a reference that no longer
    /// resolves), and the whole shop must be assembled. The result equals a whole load of the same files.
    static func patch(_ cache: inout ContentCache, changed: [Int], settings: SiteSettings, options: LoadOptions,
                      asOf: Day, diagnostics leading: DiagnosticList) -> (LoadResult, LoadChanges)? {
        guard var state = cache.assembled, state.asOf == asOf, state.includeDrafts == options.includeDrafts,
              var shop = state.result.shop, leading.items.count == state.leadingDiagnostics else { return nil }
        cache.assembled = nil
        let made = state.index ?? cache.indexSlot.take(generation: state.result.generation)
        guard let index = made ?? LoadIndex(shop: shop, drafts: state.result.excludedDrafts, decoded: cache.decoded) else { return nil }
        var drafts = state.result.excludedDrafts
        var changes = LoadChanges(base: state.result.generation)
        var patcher = LoadPatcher(index: index)
        for position in changed {
            guard let new = cache.decoded[position], let old = cache.previous[position], let entity = new.entity,
                  let before = old.entity, before.identity.id == entity.identity.id,
                  !new.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
            switch entity {
            case .product(let product):
                guard let slot = patcher.index.productSlot[product.sku] else { return nil }
                let shown = slot < shop.products.count
                let previous = shown ? shop.products[slot] : drafts[slot - shop.products.count]
                guard (previous.status == .draft) == (product.status == .draft) else { return nil }
                if previous.status != product.status { changes.statusChanged = true }
                // Recommendations (customer pages, 新品推荐) read the category and the `since:` key.
                let since = { (p: Product) in p.params.first { $0.key == "since" } }
                if previous.category != product.category || since(previous) != since(product) { changes.recommendationsMoved = true }
                if shown { shop.products[slot] = product } else { drafts[slot - shop.products.count] = product }
                changes.products.insert(product.sku)
                if shown { changes.productPositions.append(slot) }
                patcher.orders.formUnion(patcher.index.ordersBySKU[product.sku] ?? [])
                changes.ordersNamingProducts.formUnion(patcher.index.ordersBySKU[product.sku] ?? [])
                patcher.quotes.formUnion(patcher.index.quotesBySKU[product.sku] ?? [])
            case .customer(let customer):
                guard let slot = patcher.index.customerSlot[customer.id] else { return nil }
                // Quotes default to the customer's rep, and the rep must exist: a new rep is left to a whole load.
                guard shop.customers[slot].rep == customer.rep else { return nil }
                if shop.customers[slot].region != customer.region || shop.customers[slot].tierOverride != customer.tierOverride {
                    changes.customerFiguresMoved = true
                }
                shop.customers[slot] = customer
                changes.customers.insert(customer.id)
                patcher.tiersMoved.insert(customer.id)
            case .order(let draft):
                guard let slot = patcher.index.orderSlot[draft.order.id] else { return nil }
                patcher.orders.insert(slot)
            case .quote(let draft):
                guard let slot = patcher.index.quoteSlot[draft.quote.id] else { return nil }
                patcher.quotes.insert(slot)
            case .promotion, .page:
                return nil
            }
        }
        guard patcher.resolve(&shop, drafts: drafts, settings: settings, decoded: cache.decoded, changes: &changes) else { return nil }
        for sku in changes.products { changes.ordersNamingProducts.formUnion(patcher.index.ordersBySKU[sku] ?? []) }
        let diagnostics = patchedDiagnostics(&state, changed: changed, decoded: cache.decoded)
        var result = LoadResult(shop: shop, diagnostics: diagnostics, excludedDrafts: drafts)
        result.generation = ContentCache.nextGeneration()
        state.result = result
        state.index = patcher.index
        cache.assembled = state
        return (result, changes)
    }

    /// The last load's messages with those of the re-read files replaced (kept in `state` for the next patch).
    private static func patchedDiagnostics(_ state: inout AssembledLoad, changed: [Int], decoded: [DecodedFile?]) -> DiagnosticList {
        var diagnostics = DiagnosticList(Array(state.result.diagnostics.items.prefix(state.leadingDiagnostics)))
        for position in changed {
            let problems = decoded[position]?.diagnostics ?? []
            state.fileDiagnostics[position] = problems.isEmpty ? nil : problems
        }
        for position in state.fileDiagnostics.keys.sorted() { diagnostics.append(contentsOf: state.fileDiagnostics[position] ?? []) }
        diagnostics.append(contentsOf: state.result.diagnostics.items.suffix(state.trailingDiagnostics))
        return diagnostics
    }
}
