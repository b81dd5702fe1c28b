import ShopModel
import TemplateEngine

/// A quote for templates: parties, dates, status, priced lines, totals, words and terms.
struct QuoteObject: EnumeratedMembers {
    let site: PageInputs
    let position: Int
    /// The page's way back to the site root, for links in the Markdown body.
    var root = ""

    /// The quote.
    var quote: Quote { site.index.shop.quotes[position] }

    var memberNames: [String] { ["id", "url", "customer_id", "customer_name", "date", "valid_until", "status", "total"] }

    /// The figures at as_of (computed here when the site has none, as a public site).
    var figures: QuoteFigures {
        _read {
            if site.index.quoteFigures.indices.contains(position) {
                yield site.index.quoteFigures[position]
            } else {
                yield computedFigures
            }
        }
    }

    /// The figures computed from the quote alone.
    var computedFigures: QuoteFigures {
        let quote = self.quote
        let promotion = quote.promotion.flatMap { site.index.promotionPosition[$0] }.map { site.index.shop.promotions[$0] }
        let totals = quote.totals(promotion: promotion)
        return QuoteFigures(id: quote.id, customer: quote.customer, totals: totals,
                            totalInWords: site.index.settings.locale == .zhCN ? CapitalAmount.words(for: totals.total) : nil,
                            validUntil: quote.validUntil, status: quote.status(asOf: site.index.shop.asOf),
                            daysToExpiry: site.index.shop.asOf.distance(to: quote.validUntil))
    }

    /// Every member a template may read.
    enum Member: String, CaseIterable, Sendable {
        case id, url, customer, customerId = "customer_id", customerName = "customer_name", date
        case validUntil = "valid_until", status, statusLabel = "status_label", isExpired = "is_expired"
        case daysToExpiry = "days_to_expiry", itemCount = "item_count", items, subtotal, discount
        case discountRate = "discount_rate", promotion, shipping, tax, taxRate = "tax_rate", total
        case totalInWords = "total_in_words", termsDefault = "terms_default", body, params
        case taxIncluded = "tax_included", seller, buyer, rep, revisionOf = "revision_of", revisedBy = "revised_by"
        case itemsHead = "items_head", itemsTail = "items_tail", printStyle = "print_style", pdfURL = "pdf_url", margin, outcome, outcomeLabel = "outcome_label", lostReason = "lost_reason", followUp = "follow_up"
    }

    static let members = MemberTable<Member>()

    func value(_ member: Member) -> TemplateValue {
        switch member {
        case .id: return .string(quote.id.rawValue)
        case .url: return .string(site.index.quoteURL(quote.id))
        case .customer:
            return site.index.customerPosition[quote.customer].map { .object(CustomerObject(site: site, position: $0)) } ?? .null
        case .customerId: return .string(quote.customer.rawValue)
        case .customerName: return .string(site.index.customerName(quote.customer))
        case .date: return .day(quote.date)
        case .validUntil: return .day(quote.validUntil)
        case .status: return .string(figures.status.rawValue)
        case .statusLabel: return .string(site.text["status_" + figures.status.rawValue])
        case .isExpired: return .bool(figures.status == .expired)
        case .daysToExpiry: return .int(figures.daysToExpiry)
        case .itemCount: return .int(quote.items.count)
        case .items: return .list(quote.items.indices.map { .object(QuoteLineObject(site: site, quote: position, index: $0)) })
        case .subtotal: return .money(figures.totals.subtotal)
        case .discount: return .money(figures.totals.discount)
        case .discountRate:
            if case .percent(let percent)? = quote.discount { return .string(Display.rate(percent, isFraction: false)) }
            return .null
        case .promotion:
            guard let id = quote.promotion else { return .null }
            let title = site.index.promotionPosition[id].map { site.index.shop.promotions[$0].title } ?? id.rawValue
            return .map(["id": .string(id.rawValue), "title": .string(title), "amount": .money(figures.totals.promotion)])
        case .shipping: return .money(figures.totals.shipping)
        case .tax: return .money(figures.totals.tax)
        case .taxRate: return .string(Display.rate(quote.taxRate, isFraction: true))
        case .total: return .money(figures.totals.total)
        case .totalInWords: return .text(figures.totalInWords)
        case .termsDefault: return .string(site.index.settings.quoteTerms)
        case .body: return .safe(HTMLText.markdown(quote.body, root: root))
        case .params: return .params(quote.params)
        default: return sheetValue(member)
        }
    }

    /// `≥500 个` for a tier price, 议价 for a negotiated one.
    static func tierLabel(_ line: QuoteLine, site: PageInputs) -> String {
        guard case .tier(let index) = line.priceSource, let sku = line.sku else { return site.text["negotiated"] }
        // A listed product is found by position; a left-out draft is looked up among the drafts.
        let text: String?
        if let position = site.index.productPosition[sku] {
            let product = site.index.shop.products[position], tiers = product.priceTiers
            text = tiers.indices.contains(index) ? "≥" + Display.integer(tiers[index].min) + " " + product.unit : nil
        } else if let draft = site.index.excludedDrafts[sku], draft.priceTiers.indices.contains(index) {
            text = "≥" + Display.integer(draft.priceTiers[index].min) + " " + draft.unit
        } else {
            text = nil
        }
        return text ?? site.text["negotiated"]
    }
}
