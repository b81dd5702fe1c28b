import ShopModel

extension EntityDecoder {
    /// A promotion from `promotions/`; `tiers` defaults to every tier, start and end to no limit.
    func promotion(stem: String, body: String, reader: inout FieldReader) -> Promotion? {
        let id = reader.id(kind: .promotions, stem: stem)
        let title = reader.text("title") ?? ""
        let threshold = reader.money("threshold") ?? .zero
        let amount = reader.money("amount", required: true)
        let tiers = customerTiers(&reader)
        let start = reader.day("start")
        let end = reader.day("end")
        let params = reader.params()
        if let start, let end, end < start {
            reader.error("E-END-BEFORE-START", ["end": "\(end)", "start": "\(start)"], line: reader.location(of: "end").line)
        }
        guard let id, let amount else { return nil }
        var promotion = Promotion(id: PromotionID(id), source: reader.fieldLines)
        promotion.title = title
        promotion.threshold = threshold
        promotion.amount = amount
        promotion.tiers = tiers ?? CustomerTier.allCases
        promotion.start = start
        promotion.end = end
        promotion.params = params
        promotion.body = body
        return promotion
    }

    private func customerTiers(_ reader: inout FieldReader) -> [CustomerTier]? {
        guard reader.has("tiers") else { _ = reader.value("tiers"); return nil }
        let line = reader.location(of: "tiers").line
        var tiers: [CustomerTier] = []
        for name in reader.textList("tiers") {
            guard let tier = CustomerTier(rawValue: name) else {
                reader.error("E-PROMOTION-TIER", ["tier": name], line: line)
                continue
            }
            if !tiers.contains(tier) { tiers.append(tier) }
        }
        return tiers
    }

    /// A free page from `pages/`: front matter optional, title defaults to the id.
    func page(stem: String, body: String, reader: inout FieldReader) -> Page? {
        let id = reader.id(kind: .pages, stem: stem)
        let title = reader.text("title")
        let draft = reader.bool("draft") ?? false
        let params = reader.params()
        guard let id else { return nil }
        var page = Page(id: ID<Page>(id), title: title ?? id, source: reader.fieldLines)
        page.draft = draft
        page.params = params
        page.body = body
        return page
    }
}
