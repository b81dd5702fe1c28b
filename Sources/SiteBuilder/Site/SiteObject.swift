import Foundation
import ShopModel
import TemplateEngine

/// `site` in every template: the shop's name, brand, contact, locale, reference date and navigation.
struct SiteObject: TemplateObject {
    let site: PageInputs

    var memberNames: [String] {
        ["name", "tagline", "logo", "brand_primary", "brand_accent", "brand_ink", "brand_strip", "chart_colours", "lang", "currency",
         "contact", "contact_line", "seller", "as_of", "is_internal", "quote_terms", "params", "nav", "pages"]
    }

    func member(_ name: String) -> TemplateValue? {
        let settings = site.index.settings
        switch name {
        case "name": return .string(settings.name)
        case "tagline": return .string(settings.tagline)
        case "logo":
            guard let logo = settings.logo, !logo.isEmpty, ContentPath.isSafeImage(logo) else { return .null }
            return .string(logo)
        case "brand_primary": return .string(SiteObject.colour(settings.brandPrimary, fallback: "#d9363e"))
        case "brand_accent": return .string(SiteObject.colour(settings.brandAccent, fallback: "#1f2937"))
        case "brand_ink": return .string(palette.ink)
        case "brand_strip": return .string(palette.strip)
        case "chart_colours":
            return .string(ChartPalette.overrides(brand: SiteObject.colour(settings.brandPrimary, fallback: "#d9363e"),
                                                  accent: SiteObject.colour(settings.brandAccent, fallback: "#1f2937")))
        case "lang": return .string(settings.locale.rawValue)
        case "currency": return .string(settings.currency)
        case "contact":
            let c = settings.contact
            return .map(["person": .string(c.person), "phone": .string(c.phone), "email": .string(c.email),
                         "address": .string(c.address), "wechat": .string(c.wechat)])
        case "contact_line":
            let c = settings.contact
            return .string([c.address, c.phone, c.email].filter { !$0.isEmpty }.joined(separator: " · "))
        case "seller":
            // 开票信息 of site.yaml `seller`, for the delivery notes ("" when not set).
            let seller = settings.seller
            return .map(["tax_id": .string(seller.taxID), "bank": .string(seller.bank), "account": .string(seller.account)])
        case "as_of": return .day(site.index.shop.asOf)
        case "is_internal": return .bool(site.index.isInternal)
        case "quote_terms": return .string(settings.quoteTerms)
        case "params": return .params(settings.params)
        case "nav": return .list(navigation.map { .map(["key": .string($0.key), "label": .string($0.label), "url": .string($0.url)]) })
        case "pages": return .list(site.index.shop.pages.map { .object(PageObject(page: $0)) })
        default: return nil
        }
    }

    /// The main navigation: every section of the audience's site, then the free pages.
    var navigation: [(key: String, label: String, url: String)] {
        let t = site.text
        var items: [(key: String, label: String, url: String)] = []
        if site.index.isInternal {
            items = [("home", t["nav_home"], "index.html"), ("catalog", t["nav_catalog"], "products/index.html"),
                     ("customers", t["nav_customers"], "customers/index.html"), ("quotes", t["nav_quotes"], "quotes/index.html"),
                     ("orders", t["nav_orders"], "orders/index.html"), ("promotions", t["order_promos"], "promotions/index.html"), ("analytics", t["nav_analytics"], "analytics/index.html")]
        } else {
            items = [("catalog", t["nav_catalog"], "index.html")]
        }
        for page in site.index.shop.pages { items.append(("page-" + page.id.rawValue, page.title, EntityPagePath.page(page.id))) }
        return items
    }

    /// The header colour (the darker brand colour, dark enough for white text, else slate) and the strip under it.
    var palette: (ink: String, strip: String) {
        let primary = SiteObject.colour(site.index.settings.brandPrimary, fallback: "#d9363e")
        let accent = SiteObject.colour(site.index.settings.brandAccent, fallback: "#1f2937")
        let (dark, other) = SiteObject.luminance(accent) <= SiteObject.luminance(primary) ? (accent, primary) : (primary, accent)
        guard SiteObject.luminance(dark) < 0.3 else { return ("#1f2937", primary) }
        return (dark, other)
    }

    /// Relative luminance (0 black … 1 white) of a `#hex` colour; 1 for colour names (treated as light).
    static func luminance(_ colour: String) -> Double {
        var hex = Array(colour.dropFirst().unicodeScalars)
        guard colour.hasPrefix("#") else { return 1 }
        if hex.count == 3 || hex.count == 4 { hex = hex.prefix(3).flatMap { [$0, $0] } }
        guard hex.count >= 6 else { return 1 }
        func channel(_ i: Int) -> Double {
            let value = Double(Int(String(String.UnicodeScalarView(hex[i..<i + 2])), radix: 16) ?? 255) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    /// A CSS colour from site.yaml when it is a plain `#hex` or a word (no CSS can be smuggled in), else the default.
    static func colour(_ text: String, fallback: String) -> String {
        let scalars = text.unicodeScalars
        if text.hasPrefix("#"), [4, 5, 7, 9].contains(scalars.count),
           scalars.dropFirst().allSatisfy({ ("0"..."9").contains($0) || ("a"..."f").contains($0) || ("A"..."F").contains($0) }) {
            return text
        }
        if !scalars.isEmpty, scalars.count < 30, scalars.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) { return text }
        return fallback
    }
}
