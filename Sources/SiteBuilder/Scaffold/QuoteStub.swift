import ShopModel

/// A quote file with every field of the spec, each explained; `new quote` writes a draft quote.
struct QuoteStub {
    /// One quote line as written: a product line (sku) or a free line (description, unit, price).
    struct Line {
        /// The sku of a product line; nil with no description means the placeholder.
        var sku: String?
        /// The text of a free line.
        var description: String?
        /// Quantity.
        var qty: Int
        /// Unit of a free line.
        var unit: String?
        /// An explicit price as written, nil for the tier price.
        var price: String?
    }

    /// The quote id.
    var id: String
    /// The customer id, nil for the placeholder.
    var customer: String?
    /// Quote date.
    var date: Day
    /// Default valid-until date, shown in the comment.
    var validUntilDefault: Day
    /// Draft until sent.
    var status: QuoteStatus = .draft
    /// The lines.
    var lines: [Line]
    /// A promotion id, nil for none.
    var promotion: String?
    /// Shipping as written.
    var shipping = "0"
    /// The default tax rate of site.yaml, as written in the comment.
    var taxRateDefault: String
    /// The rep, when known (the customer's).
    var rep: String?
    /// The quote this one revises.
    var revisionOf: String?
    /// The tax mode written out (the site's default, or the revised quote's).
    var pricesIncludeTax: Bool?
    /// The tax rate written out (a revision keeps its quote's).
    var taxRate: String?
    /// The discount as written (`{ percent: 5 }`), for a revision.
    var discount: String?
    /// Terms and notes printed under the items.
    var body = "报价说明：交期、付款方式、包装。\n\nTerms and notes for this quote, printed under the items.\n"

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        let placeholder = ItemReference.placeholder
        y.line("---")
        y.line("id: \(YAMLText.scalar(id))", "报价单号，默认为文件名 / quote id; default: the file name")
        y.customerLine(customer)
        y.line("date: \(date)", "报价日期（必填）/ quote date (required)")
        y.line("# valid_until: \(validUntilDefault)", "有效期至，默认 date + site.yaml 的 quote.validity_days / default from site.yaml")
        y.line("status: \(status.rawValue)", "draft 草稿（默认）| sent 已发送 | accepted 已接受 | rejected 已拒绝；已发送且过期显示为 expired")
        y.line("items:", "明细；数量不得低于起订量 / lines; a product's qty must reach its moq")
        for line in lines { writeLine(line, placeholder: placeholder, into: &y) }
        if let product = lines.first(where: { $0.sku != nil }), product.price == nil, let sku = product.sku {
            y.comment("- { sku: \(sku), qty: \(product.qty), price: 11.8 }   议价 / negotiated price", indent: 2)
        }
        if !lines.contains(where: { $0.description != nil }) {
            y.comment("- { description: 定制印花, qty: 500, unit: 件, price: 2 }   无货号的自由行 / free line, no sku", indent: 2)
        }
        if let discount {
            y.line("discount: \(discount)", "折扣 / discount")
        } else {
            y.line("# discount: { percent: 5 }", "折扣 { percent: 5 } 或 { amount: 300 } / discount, percent or amount")
        }
        if let promotion {
            y.line("promotion: \(YAMLText.scalar(promotion))", "促销编号，客户等级、小计与日期须符合 / promotion id; must be eligible")
        } else {
            y.line("# promotion: P-2025-11", "促销编号，客户等级、小计与日期须符合 / promotion id; must be eligible")
        }
        y.line("shipping: \(shipping)", "运费，默认 0 / shipping, default 0")
        if let taxRate {
            y.line("tax_rate: \(taxRate)", "税率 / tax rate")
        } else {
            y.line("# tax_rate: \(taxRateDefault)", "税率，默认 site.yaml 的 quote.tax_rate / default from site.yaml")
        }
        if let pricesIncludeTax {
            y.line("prices_include_tax: \(pricesIncludeTax)", "true 含税单价（其中增值税）| false 不含税单价（另加增值税）")
        }
        if let rep { y.line("rep: \(YAMLText.scalar(rep))", "业务员，默认客户的业务员 / sales rep") }
        if let revisionOf { y.line("revision_of: \(YAMLText.scalar(revisionOf))", "修订自 / the quote this one replaces") }
        y.line("---")
        return y.text + body
    }

    private func writeLine(_ line: Line, placeholder: String, into y: inout CommentedYAML) {
        let price = line.price.map { ", price: \($0)" } ?? ""
        if let description = line.description {
            let unit = YAMLText.scalar(line.unit ?? "件", inFlow: true)
            y.line("  - { description: \(YAMLText.scalar(description, inFlow: true)), qty: \(line.qty), unit: \(unit)\(price) }",
                   "无货号的自由行 / free line, no sku")
        } else if let sku = line.sku {
            y.line("  - { sku: \(YAMLText.scalar(sku, inFlow: true)), qty: \(line.qty)\(price) }",
                   line.price == nil ? "按阶梯价 / priced from the tiers" : "议价 / negotiated price")
        } else {
            y.line("  - { sku: \(placeholder), qty: \(line.qty)\(price) }", "请改为已有货号 / replace with an existing sku")
        }
    }
}
