import ShopModel
import TemplateEngine

/// A product for templates, read lazily: card facts, tier ladder, specs, images, description, cases and reviews,
/// related quotes.
struct ProductObject: EnumeratedMembers {
    let site: PageInputs
    let position: Int
    /// The page's way back to the site root, for links in the Markdown body.
    var root = ""

    /// The product.
    var product: Product { site.index.shop.products[position] }

    var memberNames: [String] {
        ["sku", "title", "type", "type_label", "category", "status", "unit", "moq", "lead_time_days", "from_price", "url", "image", "keywords"]
    }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case sku, title, type, typeLabel = "type_label", category, categoryParts = "category_parts", status
        case statusLabel = "status_label", isDelisted = "is_delisted", isDraft = "is_draft", unit, moq
        case leadTimeDays = "lead_time_days", moqText = "moq_text", leadTimeText = "lead_time_text"
        case leadTimeLong = "lead_time_long", fromPrice = "from_price", moqPrice = "moq_price", bulkPrice = "bulk_price", tiers, url, image, images, specs, keywords
        case searchText = "search_text", description
        case params, relatedQuotes = "related_quotes", photo, photos
        case cases, reviews, rating, ratingCount = "rating_count", ratingStars = "rating_stars"
        case ratingCountText = "rating_count_text"
    }

    static let members = MemberTable<Member>()

    /// The keys of a spec, a price tier and a related quote line, in template order.
    static let specKeys = ["name", "value"], tierKeys = ["min", "price", "range", "is_best"]
    static let relatedQuoteKeys = ["quote", "qty", "price", "tier"]

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .sku: return .string(product.sku.rawValue)
        case .title: return .string(product.title)
        case .type: return .string(product.type.rawValue)
        case .typeLabel: return .string(site.text["type_" + product.type.rawValue])
        case .category: return .string(product.category)
        case .categoryParts: return .strings(product.category.split(separator: "/").map(String.init))
        case .status: return .string(product.status.rawValue)
        case .statusLabel: return .string(site.text["status_" + product.status.rawValue])
        case .isDelisted: return .bool(product.status == .delisted)
        case .isDraft: return .bool(product.status == .draft)
        case .unit: return .string(product.unit)
        case .moq: return .int(product.moq)
        case .leadTimeDays: return .int(product.leadTimeDays ?? site.index.settings.leadTimeDays[product.type])
        case .moqText:
            guard let moq = product.moq else { return .string("—") }
            return .string(Display.integer(moq) + " " + product.unit)
        case .leadTimeText, .leadTimeLong:
            guard let days = product.leadTimeDays ?? site.index.settings.leadTimeDays[product.type] else { return .string("—") }
            return .string(site.text.count(member == .leadTimeText ? "days" : "days_after_payment", days))
        case .fromPrice: return .money(product.fromPrice)
        case .moqPrice: return .money(product.moqPrice)
        case .bulkPrice: return .money(product.bulkPrice)
        case .tiers: return .list(tiers(product))
        case .url: return .string(site.index.productURLs[position])
        case .image: return .text(product.images.first(where: ContentPath.isSafeImage))
        case .images: return .strings(images(product))
        case .specs:
            return .list(product.specs.map { .map(TemplateMap(uniqueKeys: Self.specKeys, values: [.string($0.name), .string($0.value)])) })
        case .keywords: return .strings(product.keywords)
        case .searchText:
            return .string(([product.title, product.category, site.text["type_" + product.type.rawValue]] + product.keywords).joined(separator: " "))
        case .description: return .safe(HTMLText.markdown(product.body, root: root))
        case .params: return .params(product.params)
        case .relatedQuotes: return .list(relatedQuotes())
        case .cases, .reviews, .rating, .ratingCount, .ratingStars, .ratingCountText: return storyValue(member)
        case .photo: return product.images.first(where: ContentPath.isSafeImage).map(photo) ?? .null
        case .photos: return .list(images(product).map(photo))
        }
    }

    /// Image paths that may be linked (inside the site, no `..`).
    func images(_ product: Product) -> [String] {
        product.images.filter { ContentPath.isSafeImage($0) }
    }

    /// The price ladder: quantity range, unit price, and the best (last) tier marked.
    func tiers(_ product: Product) -> [TemplateValue] {
        let sorted = product.priceTiers.sorted { $0.min < $1.min }
        return sorted.enumerated().map { i, tier in
            let range: String
            if i + 1 < sorted.count, sorted[i + 1].min - 1 > tier.min {
                range = Display.integer(tier.min) + "–" + Display.integer(sorted[i + 1].min - 1) + " " + product.unit
            } else if i + 1 < sorted.count {
                range = Display.integer(tier.min) + " " + product.unit
            } else {
                range = "≥ " + Display.integer(tier.min) + " " + product.unit
            }
            return .map(TemplateMap(uniqueKeys: Self.tierKeys, values: [.int(tier.min), .money(tier.price), .string(range),
                                                                         .bool(i == sorted.count - 1 && sorted.count > 1)]))
        }
    }

    /// Quote lines naming this product, newest quote first (internal sites only).
    func relatedQuotes() -> [TemplateValue] {
        guard site.index.isInternal else { return [] }
        return site.index.quoteLinesByProduct[position].map { ref in
            let quote = site.index.shop.quotes[ref.quote], line = quote.items[ref.line]
            return .map(TemplateMap(uniqueKeys: Self.relatedQuoteKeys,
                                    values: [.object(QuoteObject(site: site, position: ref.quote)), .int(line.qty), .money(line.price),
                                             .string(QuoteObject.tierLabel(line, site: site))]))
        }
    }
}
