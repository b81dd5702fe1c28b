extension ShopAnalytics {
    /// How many products a customer is recommended.
    public static let recommendationLimit = 5
    /// How many of a customer's most-bought categories its recommendations come from.
    public static let recommendationCategories = 2

    /// Active products, newest first: the latest `since:` date (上架日期, YYYY-MM-DD, an extra front-matter key) first,
    /// products without one after them; equal dates by sku, highest first (shops number new products upward).
    public static func newestFirst(_ products: [Product]) -> [Int] {
        let listed: [Day?] = products.map { product in
            guard case .string(let text)? = product.params.first(where: { $0.key == "since" })?.value else { return nil }
            return Day(text)
        }
        return products.indices.filter { products[$0].status == .active }.sorted { a, b in
            switch (listed[a], listed[b]) {
            case let (x?, y?) where x != y: return x > y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return products[a].sku > products[b].sku
            }
        }
    }

    /// For each customer (in the shop's order): active products in the `recommendationCategories` categories it bought
    /// most (units in paid orders up to as_of; ties by category name) that it has not bought, newest first, at most
    /// `recommendationLimit`.
    static func recommendations(shop: Shop, index: AnalyticsIndex) -> [[SKU]] {
        let productCount = shop.products.count
        var categoryNumber: [String: Int] = [:], categoryNames: [String] = []
        var categoryOf = [Int](repeating: -1, count: productCount)
        for p in shop.products.indices where !shop.products[p].category.isEmpty {
            let name = shop.products[p].category
            if categoryNumber[name] == nil { categoryNumber[name] = categoryNames.count; categoryNames.append(name) }
            categoryOf[p] = categoryNumber[name] ?? -1
        }
        let order = newestFirst(shop.products)
        var rank = [Int](repeating: Int.max, count: productCount)
        var byCategory = [[Int]](repeating: [], count: categoryNames.count)
        for (r, p) in order.enumerated() {
            rank[p] = r
            if categoryOf[p] >= 0 { byCategory[categoryOf[p]].append(p) }
        }
        let customerCount = shop.customers.count
        var units = [[Int: Int]](repeating: [:], count: customerCount)
        var bought = [Set<Int>](repeating: [], count: customerCount)
        // The index numbers the shop's customers and products first, in the shop's order.
        for entry in index.paid where entry.customer < customerCount {
            for line in index.lines[entry.lines] where line.sku < productCount {
                bought[entry.customer].insert(line.sku)
                if categoryOf[line.sku] >= 0 { units[entry.customer][categoryOf[line.sku], default: 0] += line.qty }
            }
        }
        return (0..<customerCount).map { c in
            let top = units[c].sorted { a, b in a.value != b.value ? a.value > b.value : categoryNames[a.key] < categoryNames[b.key] }
                .prefix(recommendationCategories)
            var picked: [Int] = []
            for (category, _) in top {
                picked.append(contentsOf: byCategory[category].lazy.filter { !bought[c].contains($0) }.prefix(recommendationLimit))
            }
            picked.sort { rank[$0] < rank[$1] }
            return picked.prefix(recommendationLimit).map { shop.products[$0].sku }
        }
    }
}
