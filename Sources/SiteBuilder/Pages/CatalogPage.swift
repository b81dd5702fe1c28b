import ShopModel
import TemplateEngine

extension SiteData {
    /// The catalog's paginator for page `number`.
    func catalogPaginator(_ number: Int) -> Paginator {
        Paginator(itemCount: catalog.products.count, size: pageSizes.catalog, page: number, base: "products/")
    }

    /// Page `number` of the catalog: `groups` (name, count of the whole group, `continued` when it began on an
    /// earlier page, this page's products), `categories` for the filter, `count` (all catalog products),
    /// `page_count` (products on this page), `paginator`.
    func addCatalog(page number: Int, to context: inout PageContext) {
        let paginator = catalogPaginator(number)
        let items = paginator.items
        var groups: [TemplateValue] = []
        var index = catalog.group(containing: items.lowerBound) ?? catalog.groups.count
        while index < catalog.groups.count, catalog.groups[index].range.lowerBound < items.upperBound {
            let group = catalog.groups[index]
            let shown = max(group.range.lowerBound, items.lowerBound)..<min(group.range.upperBound, items.upperBound)
            groups.append(.map(["name": .string(group.category.isEmpty ? strings["uncategorized"] : group.category),
                                "count": .string(strings.format("products_count", String(group.range.count))),
                                "continued": .bool(group.range.lowerBound < items.lowerBound),
                                "products": .list(catalog.products[shown].map { .object(ProductObject(data: self, position: $0)) })]))
            index += 1
        }
        context.map["groups"] = .list(groups)
        context.map["categories"] = .strings(catalog.categories)
        context.map["count"] = .int(catalog.products.count)
        context.map["page_count"] = .int(items.count)
        context.map["subtitle"] = .string(strings.format("catalog_sub", Display.integer(catalog.products.count)))
        context.map["paginator"] = paginator.value
    }
}
