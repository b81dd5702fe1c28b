import ShopLoader

extension BuildSession {
    /// The pages an edit reaches (changed entities, edited templates, new pages), the pages it removes, and the
    /// analytics CSV rows patched in place of rendering the product figures page when only titles it does not show
    /// changed (nil: no patch).
    static func reachedPages(_ changes: EntityChanges, templates: Set<String>, old: PreparedSite, new site: PreparedSite,
                             patched: LoadChanges?, output: String)
        -> (pages: [SitePage], removed: Set<String>, rows: [(path: String, bytes: [UInt8])]?) {
        var dirty = DirtyPages.paths(for: changes, old: old.index, new: site.index, patched: patched)
        dirty.formUnion(pagesUsing(templates, old: old, new: site))
        let (added, removed) = addedAndRemoved(old: old.pages, new: site.pages)
        dirty.formUnion(added)
        var pages = site.pages.filter { dirty.contains($0.path) }
        let figuresKept = patched.map { $0.figures == .none } ?? false
        let rows = templates.isEmpty && dirty.contains(AnalyticsRowPatch.page)
            ? AnalyticsRowPatch.files(changes, old: old.index, new: site.index, figuresKept: figuresKept, output: output) : nil
        if rows != nil { pages.removeAll { $0.path == AnalyticsRowPatch.page } }
        return (pages, removed, rows)
    }

    /// The page paths only the new site has, and those only the old one has; two lists of the same paths in the
    /// same order (an edit that adds and removes nothing) are told apart without hashing every path.
    static func addedAndRemoved(old: [SitePage], new: [SitePage]) -> (added: Set<String>, removed: Set<String>) {
        if old.count == new.count && old.indices.allSatisfy({ old[$0].path == new[$0].path }) { return ([], []) }
        let oldPaths = Set(old.map(\.path)), newPaths = Set(new.map(\.path))
        return (newPaths.subtracting(oldPaths), oldPaths.subtracting(newPaths))
    }

    /// The new `search-index.json`, or nil when its bytes are those in the output already. After a patched load
    /// (`patched`) only the changed products' entries are made again (`entries`, per product position, is kept up to date).
    static func searchIndex(old: PreparedSite, new: PreparedSite, patched: LoadChanges?, entries: inout [[UInt8]?]?) -> [UInt8]? {
        let products = new.index.shop.products
        guard let changes = patched, old.index.shop.products.count == products.count else {
            entries = products.indices.map { SearchIndex.entry(for: products[$0], site: new.inputs) }
            return entries.map(SearchIndex.json(entries:))
        }
        var current = entries ?? old.index.shop.products.indices.map { SearchIndex.entry(for: old.index.shop.products[$0], site: old.inputs) }
        var moved = false
        for p in changes.productPositions {
            let entry = SearchIndex.entry(for: products[p], site: new.inputs)
            if entry != current[p] {
                current[p] = entry
                moved = true
            }
        }
        entries = current
        return moved ? SearchIndex.json(entries: current) : nil
    }
}
