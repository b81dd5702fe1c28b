import ShopModel
import TemplateEngine

/// The dashboard's advice, worded in the site's language: each item `text`, the things it names as `links` (title and
/// url, at most `shown`, `more` counting the rest) and, for dormant customers, `customers` each with its `products`.
struct AdviceList {
    /// The index and text of the site.
    let site: PageInputs

    /// How many products or customers an item names before "and N more".
    static let shown = 5

    /// One map per advice of the analytics, in the contract's order.
    func items(_ analytics: ShopAnalytics) -> [TemplateValue] {
        let t = site.text, settings = site.index.settings
        return analytics.advice.map { advice in
            switch advice {
            case .lowConversion(let days, let conversion, let benchmark):
                return item(t.fill("wb_advice_low_conversion", [("days", String(days)), ("value", Display.percent(conversion)),
                                                                ("benchmark", Display.percent(benchmark))]))
            case .lowConversionProducts(let days, let skus):
                return item(t.count("wb_advice_low_conversion_products", skus.count, filling: [("days", String(days))]),
                            links: skus.map(productLink), key: advice.key)
            case .delistCandidates(let days, let skus):
                return item(t.count("wb_advice_delist", skus.count, filling: [("days", String(days))]),
                            links: skus.map(productLink), key: advice.key)
            case .newCustomerShare(let days, let share):
                return item(t.fill("wb_advice_new_customers", [("days", String(days)), ("value", Display.percent(share)),
                                                               ("threshold", AdviceList.percent(settings.advice.newCustomerShare))]),
                            key: advice.key)
            case .regionConcentration(let days, let region, let share):
                return item(t.fill("wb_advice_region", [("days", String(days)), ("region", region), ("value", Display.percent(share)),
                                                        ("threshold", AdviceList.percent(settings.advice.regionShare))]),
                            key: advice.key)
            case .winBackCustomers(let count, let paid, let ids):
                return dormantItem(t.count("wb_advice_dormant", count, filling: [("value", t.money(paid))]), ids: ids, analytics)
            }
        }
    }

    /// A threshold rate as a percentage: `80%`, `42.5%`.
    static func percent(_ rate: Rate) -> String {
        Display.percent(Double(rate.tenThousandths) / 10_000, places: rate.tenThousandths % 100 == 0 ? 0 : 2)
    }

    private func productLink(_ sku: SKU) -> TemplateValue {
        .map(["title": .string(site.index.productTitle(sku) ?? sku.rawValue), "url": .text(site.index.productURL(sku))])
    }

    private func item(_ text: String, links: [TemplateValue] = [], key: String = "low_conversion") -> TemplateValue {
        .map(["key": .string(key), "text": .string(text), "links": .list(Array(links.prefix(AdviceList.shown))),
              "more": .int(max(0, links.count - AdviceList.shown)), "customers": .list([])])
    }

    /// 新品推荐: the first dormant customers (largest first), each linked with its recommended products.
    private func dormantItem(_ text: String, ids: [CustomerID], _ analytics: ShopAnalytics) -> TemplateValue {
        let customers: [TemplateValue] = ids.prefix(AdviceList.shown).map { id in
            let products = analytics.customer(id)?.recommended ?? []
            return .map(["title": .string(site.index.customerName(id)), "url": .string(site.index.customerURL(id)),
                         "products": .list(products.map(productLink))])
        }
        return .map(["key": .string("win_back_customers"), "text": .string(text), "links": .list([]),
                     "more": .int(max(0, ids.count - AdviceList.shown)), "customers": .list(customers)])
    }
}
