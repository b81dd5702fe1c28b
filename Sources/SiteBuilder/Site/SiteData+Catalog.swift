import ShopModel
import TemplateEngine

extension SiteData {
    /// Catalog products (active, and drafts when built with `--drafts`; never delisted), by full category path then sku.
    var catalogGroups: [(name: String, products: [Int])] {
        var groups: [String: [Int]] = [:]
        for (i, product) in shop.products.enumerated() where product.status != .delisted {
            groups[product.category, default: []].append(i)
        }
        return groups.keys.sorted { a, b in
            if a.isEmpty != b.isEmpty { return b.isEmpty }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
        }.map { ($0, groups[$0] ?? []) }
    }

    /// `groups` (name, count, products), `categories` for the filter, `count`.
    func addCatalog(to context: inout PageContext) {
        let groups = catalogGroups
        var categories: Set<String> = []
        var total = 0
        for group in groups {
            total += group.products.count
            for i in group.products {
                let parts = shop.products[i].category.split(separator: "/")
                for end in parts.indices { categories.insert(parts[...end].joined(separator: "/")) }
            }
        }
        context.map["groups"] = .list(groups.map { group in
            .map(["name": .string(group.name.isEmpty ? strings["uncategorized"] : group.name),
                  "count": .string(strings.format("products_count", String(group.products.count))),
                  "products": .list(group.products.map { .object(ProductObject(data: self, position: $0)) })])
        })
        context.map["categories"] = .strings(categories.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) })
        context.map["count"] = .int(total)
        context.map["subtitle"] = .string(strings.format("catalog_sub", Display.integer(total)))
    }
}
