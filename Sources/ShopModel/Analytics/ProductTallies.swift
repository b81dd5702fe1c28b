/// A window's per-product sums, one array per figure indexed by the analytics index's sku number (no hashing).
struct ProductTallies {
    var touched: [Bool]
    var visitors: [Int]
    var pageViews: [Int]
    var addToCart: [Int]
    var buyers: [Int]
    var units: [Int]
    var gmv: [Money]

    /// Zero sums for `count` skus.
    init(count: Int) {
        touched = Array(repeating: false, count: count)
        visitors = Array(repeating: 0, count: count)
        pageViews = visitors
        addToCart = visitors
        buyers = visitors
        units = visitors
        gmv = Array(repeating: .zero, count: count)
    }

    /// The figures of every sku with a traffic row or a sale, in index order.
    func figures(skus: [SKU]) -> [ProductFigures] {
        var list: [ProductFigures] = []
        for i in touched.indices where touched[i] {
            var figures = ProductFigures(sku: skus[i])
            figures.visitors = visitors[i]
            figures.pageViews = pageViews[i]
            figures.addToCart = addToCart[i]
            figures.buyers = buyers[i]
            figures.units = units[i]
            figures.gmv = gmv[i]
            list.append(figures)
        }
        return list
    }
}
