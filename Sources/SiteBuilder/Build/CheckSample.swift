import Foundation
import TemplateEngine

/// The pages `check` renders, so that it stays fast on a shop of tens of thousands of pages. The built-in theme is
/// shopsite's own and is rendered by its tests; what a merchant can break at render time is their own `templates/`.
/// So `check` renders every page whose template (or a template it extends, includes or imports) is a file of the
/// shop's `templates/` folder, and every page of a template whose uses cannot be known without rendering (an
/// `include` of a computed name); the other pages are not rendered, only their paths checked as writing them would be.
struct CheckSample {
    /// For each page of the list, whether `check` renders it.
    let rendered: [Bool]

    /// The sample of `pages`, rendered with `library`, whose shop templates lie in `shopTemplates`.
    init(pages: [SitePage], library: TemplateLibrary, shopTemplates: String) {
        var usesShop: [String: Bool] = [:]
        rendered = pages.map { page in
            if let known = usesShop[page.template] { return known }
            let uses = CheckSample.usesShopTemplates(page.template, library: library, shopTemplates: shopTemplates)
            usesShop[page.template] = uses
            return uses
        }
    }

    /// Whether `template` or any template it uses is a file of the shop's `templates/` folder (true too when the
    /// templates it uses cannot be listed without rendering).
    static func usesShopTemplates(_ template: String, library: TemplateLibrary, shopTemplates: String) -> Bool {
        guard let names = library.dependencies(of: template) else { return true }
        let folder = shopTemplates.hasSuffix("/") ? shopTemplates : shopTemplates + "/"
        return names.contains { FileManager.default.fileExists(atPath: folder + $0) }
    }

    /// Whether the shop at `shopPath` has a `templates/` folder holding any HTML or JSON template, so that some of its
    /// pages may use one (without it, `check` needs neither the site's index nor any rendering).
    static func shopHasTemplates(_ shopPath: String) -> Bool {
        let folder = (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "templates"
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return false }
        while let relative = walker.nextObject() as? String {
            if relative.hasSuffix(".html") || relative.hasSuffix(".json") { return true }
        }
        return false
    }
}
