import ShopModel

/// The catalog's order, computed once per build: catalog products (never delisted) by full category path
/// (uncategorised last, code-point order) then sku, cut into one group per category.
struct CatalogLayout: Sendable {
    /// A category's run of products: its path ("" for none) and its positions in `products`.
    struct Group: Sendable, Equatable {
        let category: String
        let range: Range<Int>
    }

    /// Product positions (in `shop.products`) in catalog order.
    let products: [Int]
    /// The groups, in order; their ranges cover `products` without overlap.
    let groups: [Group]
    /// Every category path and each of its ancestors (`服装`, `服装/T恤`), sorted: the filter's choices.
    let categories: [String]

    /// Lays out the catalog of a shop's products (sorted by sku).
    init(products all: [Product]) {
        var members: [String: [Int]] = [:]
        for (i, product) in all.enumerated() where product.status != .delisted {
            members[product.category, default: []].append(i)
        }
        let names = members.keys.sorted { a, b in
            if a.isEmpty != b.isEmpty { return b.isEmpty }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        }
        var order: [Int] = []
        order.reserveCapacity(all.count)
        var groups: [Group] = []
        var paths: Set<String> = []
        for name in names {
            let start = order.count
            order.append(contentsOf: members[name] ?? [])
            groups.append(Group(category: name, range: start..<order.count))
            let parts = name.split(separator: "/")
            for end in parts.indices { paths.insert(parts[...end].joined(separator: "/")) }
        }
        products = order
        self.groups = groups
        categories = paths.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
    }

    /// The index in `groups` of the group holding catalog position `index`.
    func group(containing index: Int) -> Int? {
        var low = 0, high = groups.count
        while low < high {
            let mid = (low + high) / 2
            if groups[mid].range.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low < groups.count && groups[low].range.contains(index) ? low : nil
    }
}
