import ShopModel

extension DirtyListPages {
    /// The customers whose recommended products (on their page) name a changed product, before or after the edit: a
    /// product's title, category, status or `since` moves it in or out of lists of customers who never bought it.
    static func customersRecommending(_ products: Set<SKU>, old: SiteIndex, new: SiteIndex) -> Set<CustomerID> {
        guard !products.isEmpty else { return [] }
        var customers: Set<CustomerID> = []
        for data in [old, new] where data.isInternal {
            for figures in data.customerFigures where figures.recommended.contains(where: products.contains) {
                customers.insert(figures.id)
            }
        }
        return customers
    }
}
