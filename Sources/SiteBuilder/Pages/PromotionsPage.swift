import ShopModel
import TemplateEngine

/// The promotions list (`promotions/index.html`): every promotion with its terms and figures.
struct PromotionsPage {
    /// The index and text of the site.
    let site: PageInputs

    /// Adds `promotions`, each as `PromotionsPage.value` gives it.
    func add(to context: inout PageContext) {
        let index = site.index
        context.map["promotions"] = .list(index.shop.promotions.map {
            PromotionsPage.value($0, figures: PromotionsPage.figures($0.id, in: index), site: site)
        })
    }

    /// A promotion's figures at as_of, when the site computed them.
    static func figures(_ id: PromotionID, in index: SiteIndex) -> PromotionFigures? {
        index.analytics?.promotions.first { $0.id == id }
    }

    /// id, url, title, threshold, amount, rule (满 ¥5,000.00 减 ¥300.00), tiers (labels), start, end, period (in words), uses, discount_given, paid_amount,
    /// repurchase_before, repurchase_during (percent text, "—" without buyers), before/during periods.
    static func value(_ p: Promotion, figures: PromotionFigures?, site: PageInputs) -> TemplateValue {
        let t = site.text
        let tiers = p.tiers.isEmpty ? t["order_promo_all_tiers"] : p.tiers.map { t["tier_" + $0.rawValue] }.joined(separator: "、")
        func period(_ range: ClosedRange<Day>?) -> TemplateValue { range.map { .string("\($0.lowerBound) – \($0.upperBound)") } ?? .null }
        return .map(["id": .string(p.id.rawValue), "url": .string(EntityPagePath.promotion(p.id)), "title": .string(p.title),
                     "threshold": .money(p.threshold), "amount": .money(p.amount), "tiers": .string(tiers),
                     "rule": .string(t.fill("order_promo_rule_text", [("threshold", t.money(p.threshold)), ("amount", t.money(p.amount))])),
                     "start": .day(p.start), "end": .day(p.end), "period": .string(t.validity(of: p)), "uses": .int(figures?.uses ?? 0),
                     "discount_given": .money(figures?.discountGiven ?? .zero), "paid_amount": .money(figures?.paidAmount ?? .zero),
                     "repurchase_before": .string(Display.percent(figures?.repurchaseRateBefore)),
                     "repurchase_during": .string(Display.percent(figures?.repurchaseRateDuring)),
                     "before": period(figures?.before), "during": period(figures?.during),
                     "eligible_count": .int(figures?.eligibleCustomers.count ?? 0)])
    }
}
