import ShopModel

extension SiteIndex {
    /// The shop's lists in the order pages show them: the catalog by category and the orders lists, sorted once.
    struct Lists {
        /// The catalog's order and category groups.
        let catalog: CatalogLayout
        /// The orders lists, newest first (empty for the public site).
        let orders: OrderLists

        /// The lists of `shop`.
        init(shop: Shop, audience: Audience) {
            catalog = CatalogLayout(products: shop.products)
            orders = OrderLists(orders: audience == .internal ? shop.orders : [])
        }

        /// The lists of `index`, for a shop whose products have the same categories and statuses and whose orders the
        /// same dates and statuses, at the same positions.
        init(of index: SiteIndex) {
            catalog = index.catalog
            orders = index.orderLists
        }
    }
}
