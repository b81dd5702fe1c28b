import ShopModel
import TemplateEngine

/// A page of the catalog (`products/index.html`, `products/page/N/`; also the public site's home): the products
/// grouped by category, the category filter and the paginator.
struct CatalogPage {
    /// The index and text of the site.
    let site: PageInputs
    /// The page's number, from 1.
    let number: Int

    /// `groups` (name, count of the whole group, `continued` when it began on an earlier page, this page's
    /// products), `categories` for the filter, `count` (all catalog products), `page_count` (products on this
    /// page), `paginator`.
    func add(to context: inout PageContext) {
        let catalog = site.index.catalog, strings = site.text
        let paginator = site.index.catalogPaginator(number)
        let items = paginator.items
        var groups: [TemplateValue] = []
        var index = catalog.group(containing: items.lowerBound) ?? catalog.groups.count
        while index < catalog.groups.count, catalog.groups[index].range.lowerBound < items.upperBound {
            let group = catalog.groups[index]
            let shown = max(group.range.lowerBound, items.lowerBound)..<min(group.range.upperBound, items.upperBound)
            groups.append(.map(["name": .string(group.category.isEmpty ? strings["uncategorized"] : group.category),
                                "count": .string(strings.count("products_count", group.range.count)),
                                "continued": .bool(group.range.lowerBound < items.lowerBound),
                                "products": .list(catalog.products[shown].map { .object(ProductObject(site: site, position: $0)) })]))
            index += 1
        }
        context.map["groups"] = .list(groups)
        context.map["categories"] = .strings(catalog.categories)
        context.map["count"] = .int(catalog.products.count)
        context.map["page_count"] = .int(items.count)
        context.map["subtitle"] = .string(strings.count("catalog_sub", catalog.products.count))
        context.map["paginator"] = paginator.value
    }
}
