import FrontMatter
import ShopModel

extension EntityDecoder {
    /// A product from `products/`: sku, title and type required; moq defaults to the first tier's min.
    func product(stem: String, body: String, bodyLine: Int = 1, reader: inout FieldReader) -> Product? {
        let sku = reader.id(kind: .products, stem: stem)
        let title = reader.text("title", required: true)
        let type = reader.choice("type", among: ProductType.allCases, required: true)
        let category = reader.text("category") ?? ""
        let status = reader.choice("status", among: ProductStatus.allCases) ?? .active
        let unit = reader.text("unit") ?? "件"
        let moq = reader.int("moq", minimum: 1)
        let leadTime = reader.days("lead_time_days", minimum: 0)
        let packSize = reader.int("pack_size", minimum: 1)
        let tiers = priceTiers(&reader)
        let images = reader.textList("images")
        let specs = specs(&reader)
        let keywords = reader.textList("keywords")
        let cost = reader.money("cost")
        let floorPrice = reader.money("floor_price")
        let cases = cases(&reader)
        let reviews = reviews(&reader)
        let params = reader.params()
        guard let sku, let title, let type else { return nil }
        var product = ProductFields(sku: SKU(sku), title: title, type: type, source: reader.fieldLines)
        product.category = category
        product.status = status
        product.unit = unit
        product.moqWritten = moq != nil
        product.moq = moq ?? tiers.map(\.min).min()
        product.leadTimeDays = leadTime
        product.packSize = packSize
        product.priceTiers = tiers
        product.images = images
        product.specs = specs
        product.keywords = keywords
        product.params = params
        product.cost = cost
        product.floorPrice = floorPrice
        product.cases = cases
        product.reviews = reviews
        product.body = body
        product.bodyLine = bodyLine
        return Product(product)
    }

    private func priceTiers(_ reader: inout FieldReader) -> [PriceTier] {
        guard let node = reader.value("price_tiers") else { return [] }
        guard let items = node.items else {
            reader.error("E-PRICE-TIERS-SHAPE", line: node.line)
            return []
        }
        var tiers: [PriceTier] = []
        tiers.reserveCapacity(items.count)
        for item in items {
            var tier = FieldReader(node: item, path: reader.path, line: item.line, what: "P-PRICE-TIER")
            let min = tier.int("min", minimum: 1, required: true)
            let price = tier.money("price", required: true)
            tier.warnUnknownKeys(in: "P-PRICE-TIER")
            reader.diagnostics.append(contentsOf: tier.diagnostics)
            if let min, let price { tiers.append(PriceTier(min: min, price: price, line: item.line)) }
        }
        return tiers
    }

    private func specs(_ reader: inout FieldReader) -> [Spec] {
        guard let node = reader.value("specs") else { return [] }
        guard let pairs = node.pairs else {
            reader.error("E-SPECS-SHAPE", line: node.line)
            return []
        }
        var specs: [Spec] = []
        specs.reserveCapacity(pairs.count)
        for pair in pairs {
            guard let name = pair.key.scalar, let value = pair.value.scalar else {
                reader.error("E-SPEC-ENTRY", line: pair.key.line)
                continue
            }
            specs.append(Spec(name: name, value: value, line: pair.key.line))
        }
        return specs
    }
}
