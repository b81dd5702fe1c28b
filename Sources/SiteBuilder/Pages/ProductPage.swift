import TemplateEngine

/// A product's page (`products/<sku>.html`): `product`, the product with its tiers, specs, images and related quotes.
struct ProductPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The product's position in the shop.
    let position: Int

    /// Adds `product` to the page's variables.
    func add(to context: inout PageContext) {
        context.map["product"] = .object(ProductObject(site: site, position: position, root: context.root))
    }
}
