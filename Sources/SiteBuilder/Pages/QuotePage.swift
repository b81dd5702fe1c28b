import TemplateEngine

/// A quote's page (`quotes/<id>.html`): `quote`, the quote with its lines, totals and status.
struct QuotePage {
    /// The index and text of the site.
    let site: PageInputs
    /// The quote's position in the shop.
    let position: Int

    /// Adds `quote` to the page's variables.
    func add(to context: inout PageContext) {
        context.map["quote"] = .object(QuoteObject(site: site, position: position, root: context.root))
    }
}
