import TemplateEngine

/// A customer's page (`customers/<id>.html`): `customer`, the customer with its figures, orders, quotes and promotions.
struct CustomerPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The customer's position in the shop.
    let position: Int

    /// Adds `customer` to the page's variables.
    func add(to context: inout PageContext) {
        context.map["customer"] = .object(CustomerObject(site: site, position: position, root: context.root))
    }
}
