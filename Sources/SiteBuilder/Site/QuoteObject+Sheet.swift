import ShopModel
import TemplateEngine

extension QuoteObject {
    /// The sheet's members beyond the figures: tax mode, both parties' invoice data, the rep, revisions, the PDF,
    /// the pipeline outcome and (internal view only, never printed) the margin.
    func sheetValue(_ member: Member) -> TemplateValue {
        let settings = site.index.settings
        switch member {
        case .taxIncluded: return .bool(quote.pricesIncludeTax)
        case .seller:
            let seller = settings.seller
            return .map(["name": .string(settings.name), "tax_id": .string(seller.taxID), "bank": .string(seller.bank),
                         "account": .string(seller.account), "address": .string(settings.contact.address)])
        case .buyer:
            let customer = site.index.customerPosition[quote.customer].map { site.index.shop.customers[$0] }
            return .map(["name": .string(site.index.customerName(quote.customer)), "tax_id": .text(customer?.taxID),
                         "bank": .text(customer?.bank), "account": .text(customer?.account), "address": .text(customer?.address)])
        case .rep:
            guard let rep = settings.rep(quote.rep) else { return .null }
            return .map(["id": .string(rep.id.rawValue), "name": .string(rep.name), "phone": .string(rep.phone),
                         "wechat": .string(rep.wechat)])
        case .revisionOf: return quote.revisionOf.map(link) ?? .null
        case .revisedBy: return .list((site.index.quoteRevisions[quote.id] ?? []).map(link))
        case .itemsHead, .itemsTail:
            // The last lines print with the totals and seals, so these are never split from the items nor alone on a page.
            let split = max(0, quote.items.count - QuoteObject.linesWithClosing)
            let range = member == .itemsHead ? 0..<split : split..<quote.items.count
            return .list(range.map { .object(QuoteLineObject(site: site, quote: position, index: $0)) })
        case .printStyle:
            let header = site.text["quote"] + " " + quote.id.rawValue + " · " + site.index.customerName(quote.customer)
            return .safe(QuotePrintStyle.css(header: header, pageOf: site.text["quote_page_of"]))
        case .pdfURL: return .text(site.quotePDFs.contains(quote.id) ? QuotePDFPath.link(quote.id) : nil)
        case .margin: return site.index.isInternal ? margin : .null
        case .outcome: return .string(outcome.rawValue)
        case .outcomeLabel: return .string(site.text["quote_outcome_" + outcome.rawValue])
        case .lostReason:
            guard let reason = quote.lostReason else { return .null }
            return .string(site.text["quote_lost_" + reason.rawValue])
        case .followUp: return .day(quote.followUp)
        default: return .null
        }
    }

    /// How many last lines are kept on one page with the totals, the capital amount, the terms and the seals.
    static let linesWithClosing = 3

    /// The quote's outcome: from the figures when the site has them, else from its status alone.
    var outcome: QuoteOutcome {
        if site.index.quoteFigures.indices.contains(position) { return site.index.quoteFigures[position].outcome }
        return QuoteOutcome(status: quote.status(asOf: site.index.shop.asOf), ordered: false)
    }

    /// `{ id, url }` of another quote.
    private func link(_ id: QuoteID) -> TemplateValue {
        .map(["id": .string(id.rawValue), "url": .string(site.index.quoteURL(id))])
    }

    /// The internal margin of the quote and its lines (products with a cost only), or null when no line has a cost.
    private var margin: TemplateValue {
        let quote = self.quote
        let margins = QuoteMargin(quote: quote, totals: figures.totals) { sku in
            site.index.productPosition[sku].flatMap { site.index.shop.products[$0].cost } ?? site.index.excludedDrafts[sku]?.cost
        }
        guard let margins else { return .null }
        return .map(["amount": .money(margins.amount), "rate": .ratio(margins.rate),
                     "lines": .list(margins.lines.map { line in
                         line.map { .map(["amount": .money($0.amount), "rate": .ratio($0.rate)]) } ?? .null
                     })])
    }
}
