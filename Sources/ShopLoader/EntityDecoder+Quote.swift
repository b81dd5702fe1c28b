import FrontMatter
import ShopModel

extension EntityDecoder {
    /// A quote from `quotes/`: customer and date required; valid_until and tax_rate default from site.yaml.
    func quote(stem: String, body: String, reader: inout FieldReader) -> QuoteDraft? {
        let id = reader.id(kind: .quotes, stem: stem)
        let customer = reader.text("customer", required: true)
        let date = reader.day("date", required: true)
        let validUntil = reader.day("valid_until")
        let status = reader.choice("status", among: [QuoteStatus.draft, .sent, .accepted, .rejected]) ?? .draft
        let (lines, priceWritten) = quoteLines(&reader)
        let discount = quoteDiscount(&reader)
        let promotion = reader.text("promotion")
        let shipping = reader.money("shipping") ?? .zero
        let taxRate = reader.rate("tax_rate") ?? settings.quoteTaxRate
        let includesTax = reader.bool("prices_include_tax") ?? settings.quotePricesIncludeTax
        let pipeline = quotePipeline(&reader)
        let params = reader.params()
        guard let id, let customer, let date, let lines, let discount else { return nil }
        var quote = QuoteFields(id: QuoteID(id), customer: CustomerID(customer), date: date,
                          validUntil: validUntil ?? date.adding(days: settings.quoteValidityDays), source: reader.fieldLines)
        quote.writtenStatus = status
        quote.items = lines
        quote.discount = discount.value
        quote.promotion = promotion.map { PromotionID($0) }
        quote.shipping = shipping
        quote.taxRate = taxRate
        quote.pricesIncludeTax = includesTax
        (quote.rep, quote.followUp, quote.lostReason, quote.lostNote, quote.revisionOf) = pipeline
        quote.params = params
        quote.body = body
        return QuoteDraft(quote: Quote(quote), priceWritten: priceWritten)
    }

    /// The `items` list: product lines (`sku`) and free lines (`description`, `unit`, `price`). No lines at all is a
    /// warning at the `items:` line, or the front matter's first: the sheet would show no lines and a total of shipping
    /// and tax alone.
    private func quoteLines(_ reader: inout FieldReader) -> ([QuoteLine]?, [Bool]) {
        guard let list = reader.entries("items", shape: "E-QUOTE-ITEMS-SHAPE", empty: "W-QUOTE-NO-ITEMS") else { return (nil, []) }
        var lines: [QuoteLine] = []
        var written: [Bool] = []
        lines.reserveCapacity(list.count)
        written.reserveCapacity(list.count)
        var complete = true
        for item in list {
            var fields = FieldReader(node: item, path: reader.path, line: item.line, what: "P-ITEM")
            let isFree = !fields.has("sku") && fields.has("description")
            let sku = isFree ? nil : fields.text("sku")
            let description = fields.text("description", required: isFree)
            let qty = fields.quantity("qty")
            let unit = fields.text("unit", required: isFree)
            let price = fields.money("price", required: isFree)
            let leadTime = fields.days("lead_time_days", minimum: 0)
            if !isFree && sku == nil && fields.diagnostics.isEmpty {
                fields.error("E-QUOTE-ITEM-KIND", line: item.line)
            }
            fields.warnUnknownKeys(in: "P-ITEM")
            reader.diagnostics.append(contentsOf: fields.diagnostics)
            guard let qty, isFree || sku != nil, fields.diagnostics.allSatisfy({ $0.severity != .error }) else {
                complete = false
                continue
            }
            var line = QuoteLine(sku: sku.map { SKU($0) }, description: description, qty: qty, unit: unit ?? "",
                                 price: price ?? .zero, priceSource: .negotiated, line: item.line)
            line.leadTimeDays = leadTime
            lines.append(line)
            written.append(price != nil)
        }
        return (complete ? lines : nil, written)
    }

    /// The pipeline fields: rep, follow_up, lost_reason, lost_note and revision_of (references checked by the resolver).
    private func quotePipeline(_ reader: inout FieldReader) -> (RepID?, Day?, LostReason?, String?, QuoteID?) {
        let rep = reader.text("rep").map { RepID($0) }
        let followUp = reader.day("follow_up")
        let lostReason = reader.choice("lost_reason", among: LostReason.allCases)
        let lostNote = reader.text("lost_note")
        let revisionOf = reader.text("revision_of").map { QuoteID($0) }
        return (rep, followUp, lostReason, lostNote, revisionOf)
    }

    /// `discount: { percent: 5 }` or `{ amount: 300 }`; nil when malformed, `.some(nil)` when absent.
    private func quoteDiscount(_ reader: inout FieldReader) -> (value: QuoteDiscount?, Void)? {
        guard reader.has("discount") else { _ = reader.value("discount"); return (nil, ()) }
        let line = reader.location(of: "discount").line
        guard var fields = reader.mapping("discount") else {
            if !reader.diagnostics.contains(where: { $0.location?.line == line }) {
                reader.error("E-DISCOUNT-SHAPE", line: line)
            }
            return nil
        }
        let percent = fields.rate("percent")
        let amount = fields.money("amount")
        fields.warnUnknownKeys(in: "`discount`")
        reader.diagnostics.append(contentsOf: fields.diagnostics)
        switch (percent, amount) {
        case let (percent?, nil): return (.percent(percent), ())
        case let (nil, amount?): return (.amount(amount), ())
        case (.some, .some):
            reader.error("E-DISCOUNT-BOTH", line: line)
            return nil
        case (nil, nil):
            if fields.diagnostics.isEmpty { reader.error("E-DISCOUNT-SHAPE", line: line) }
            return nil
        }
    }
}
