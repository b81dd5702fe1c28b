import ShopModel
import TemplateEngine

/// A free page (`pages/<id>.html`) for templates: id, title, Markdown body, url, params.
struct PageObject: TemplateObject {
    let page: Page
    /// The page's way back to the site root, for links in the Markdown body.
    var root = ""

    var memberNames: [String] { ["id", "title", "url", "body", "params"] }

    func member(_ name: String) -> TemplateValue? {
        switch name {
        case "id": return .string(page.id.rawValue)
        case "title": return .string(page.title)
        case "url": return .string(EntityPagePath.page(page.id))
        case "body": return .safe(HTMLText.markdown(page.body, root: root))
        case "params": return .params(page.params)
        default: return nil
        }
    }
}
