import ShopModel
import TemplateEngine

extension ProductObject {
    /// The keys of a case and of a review, in template order.
    static let caseKeys = ["buyer", "qty", "qty_text", "note"]
    static let reviewKeys = ["buyer", "date", "rating", "stars", "stars_label", "text"]

    /// The guide's 批量采购案例 and 买家评价, and the average rating (`4.5`, none without reviews) with its count.
    func storyValue(_ member: Member) -> TemplateValue {
        let product = self.product
        switch member {
        case .cases:
            return .list(product.cases.map { entry in
                .map(TemplateMap(uniqueKeys: Self.caseKeys, values: [.string(entry.buyer), .int(entry.qty),
                                                                     .string(Display.integer(entry.qty) + " " + product.unit), .string(entry.note)]))
            })
        case .reviews:
            return .list(product.reviews.map { review in
                .map(TemplateMap(uniqueKeys: Self.reviewKeys, values: [.string(review.buyer), .string(review.date.description),
                                                                       .int(review.rating), .string(Self.stars(review.rating)),
                                                                       .string(site.text.count("product_stars", review.rating)),
                                                                       .string(review.text)]))
            })
        case .rating: return .text(product.ratingText)
        case .ratingCount: return .int(product.reviews.count)
        case .ratingCountText: return .string(site.text.count("product_review_count", product.reviews.count))
        case .ratingStars: return .text(product.ratingTenths.map { Self.stars(($0 + 5) / 10) })
        default: return .null
        }
    }

    /// Whole stars as ★ and ☆ out of five (`★★★★☆`).
    static func stars(_ rating: Int) -> String {
        let full = max(0, min(5, rating))
        return String(repeating: "★", count: full) + String(repeating: "☆", count: 5 - full)
    }
}
