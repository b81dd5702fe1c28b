import TemplateEngine

/// A free page of the shop (`pages/<id>.html`, an About or Terms page): `page`, its title and Markdown body.
struct ContentPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The page's position in the shop's free pages.
    let position: Int

    /// Adds `page` to the page's variables.
    func add(to context: inout PageContext) {
        context.map["page"] = .object(PageObject(page: site.index.shop.pages[position], root: context.root))
    }
}
