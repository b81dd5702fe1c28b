extension MessageCatalog {
    /// The product fields of issue 15 (cases, reviews) and the guide's product and price checks.
    static let products: [Entry] = [
        entry("P-CASE", "a case", "采购案例"),
        entry("P-REVIEW", "a review", "买家评价"),
        entry("E-CASES-SHAPE", "`cases` must be a list of `{ buyer: …, qty: …, note: … }`",
              "`cases` 必须是由 `{ buyer: …, qty: …, note: … }` 组成的列表"),
        entry("E-REVIEWS-SHAPE", "`reviews` must be a list of `{ buyer: …, date: …, rating: …, text: … }`",
              "`reviews` 必须是由 `{ buyer: …, date: …, rating: …, text: … }` 组成的列表"),
        entry("E-RATING-RANGE", "`rating` must be a whole number of stars from 1 to 5, not `{text}`",
              "`rating` 必须是 1 到 5 之间的整数星级，而不是 `{text}`"),
        entry("W-FEW-IMAGES", "product has {count} {count#image|images}; the guide asks for {minimum}, the first on a white background",
              "商品只有 {count} 张图片；平台建议上传 {minimum} 张，首图用白底图"),
        entry("W-TITLE-NO-MOQ", "title does not state the minimum order ({words})", "标题没有写明起订量（{words}）"),
        entry("W-SPOT-TITLE-MADE-TO-ORDER", "spot product's title promises \"{word}\", which a spot product does not offer",
              "现货商品的标题写了“{word}”，现货商品不提供这项服务"),
        entry("W-CUSTOM-TITLE-SPOT", "custom product's title says \"{word}\", but it is made to order",
              "定制商品的标题写了“{word}”，但它是按单生产的"),
        entry("W-BANNED-TERM-BODY", "description contains the banned absolute term \"{term}\"", "商品描述含有禁用的绝对化用语“{term}”"),
        entry("W-BANNED-TERM-SPEC", "spec \"{spec}\" contains the banned absolute term \"{term}\"", "规格“{spec}”含有禁用的绝对化用语“{term}”"),
        entry("W-BELOW-FLOOR-PRICE", "`{sku}` is priced at {price}, below its floor price {floor}", "`{sku}` 单价 {price}，低于最低售价 {floor}"),
    ]
}
