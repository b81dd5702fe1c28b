import ShopModel

/// A product file with every field of the spec, each explained; `new product` writes a draft.
struct ProductStub {
    /// The sku.
    var sku: String
    /// The title.
    var title: String
    /// Spot, custom or processing.
    var type: ProductType = .spot
    /// Category path, e.g. 服装/T恤.
    var category = ""
    /// A new product is a draft, as `hugo new` makes drafts: it stays off the site until the merchant is ready.
    var status: ProductStatus = .draft
    /// Unit of sale.
    var unit = "件"
    /// Days from payment to shipment.
    var leadTimeDays = 7
    /// Ascending batch prices (min, price as written).
    var tiers: [(min: Int, price: String)] = [(50, "18"), (100, "15")]
    /// Image paths under content/.
    var images: [String] = []
    /// Specifications, in order.
    var specs: [(name: String, value: String)] = []
    /// Search keywords.
    var keywords: [String] = []
    /// The Markdown description.
    var body = "在这里用 Markdown 写产品介绍：材质、工艺、包装、发货说明。\n\nWrite the product description here in Markdown.\n"

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        y.line("---")
        y.line("sku: \(YAMLText.scalar(sku))", "货号，默认为文件名 / product code; default: the file name")
        y.line("title: \(YAMLText.scalar(title))",
               "标题（必填），勿用“最好”“第一”等广告法极限词 / title (required); no absolute terms such as 最好, 第一")
        y.line("type: \(type.rawValue)", "必填：spot 现货 | custom 定制 | processing 加工 / required")
        y.line("category: \(YAMLText.scalar(category))", "分类，如 服装/T恤 / category, e.g. 服装/T恤")
        if status == .draft {
            y.line("status: draft", "草稿：不上架；准备好后改为 active（build --drafts 可预览）/ draft: not on the site until you set active")
        } else {
            y.line("status: \(status.rawValue)", "active 上架（默认）| draft 草稿 | delisted 下架 / active (default) | draft | delisted")
        }
        y.line("unit: \(YAMLText.scalar(unit))", "计量单位，默认 件 / unit of sale; default 件")
        y.line("moq: \(tiers.first?.min ?? 1)", "起订量，整数 >= 1，应等于第一档 min / minimum order quantity; match the first tier's min")
        y.line("lead_time_days: \(leadTimeDays)",
               "付款后几天发货；定制、加工通常 >= 10 天 / days from payment to shipment; custom work usually >= 10")
        y.line("price_tiers:", "阶梯批发价，min 升序；数量取 min <= 数量 的最大一档 / batch prices: the tier with the largest min <= qty")
        for tier in tiers {
            y.line("  - { min: \(tier.min), price: \(tier.price) }",
                   "\(tier.min) \(unit)起，单价 \(tier.price) / from \(tier.min) \(unit): \(tier.price) each")
        }
        y.line("images: \(YAMLText.list(images))", "图片，content/ 下的路径，第一张为主图 / image paths under content/; the first is the main one")
        if specs.isEmpty {
            y.line("specs: {}", "规格参数，如 { 材质: 纯棉, 克重: 180g } / specifications, e.g. { 材质: 纯棉 }")
        } else {
            y.line("specs:", "规格参数 / specifications")
            for spec in specs { y.line("  \(YAMLText.scalar(spec.name)): \(YAMLText.scalar(spec.value))") }
        }
        y.line("keywords: \(YAMLText.list(keywords))", "搜索关键词 / search keywords")
        y.line("---")
        return y.text + body
    }
}
