extension SiteStrings {
    /// The products branch's labels (issue 15.5): cases, reviews, rating and margin.
    static let productsEntries: [(String, String, String)] = [
        ("product_cases", "批量采购案例", "Bulk purchase cases"),
        ("product_case_buyer", "采购方", "Buyer"),
        ("product_case_qty", "采购数量", "Quantity"),
        ("product_case_note", "用途", "Use"),
        ("product_reviews", "买家评价", "Buyer reviews"),
        ("product_review_count", "{n} 条评价", "{n} reviews"),
        ("product_rating_label", "买家评分", "Buyer rating"),
        ("product_stars", "{n} 星", "{n} stars"),
        ("product_margin", "毛利率", "Margin"),
        ("product_margin_note", "毛利率 =（成交额 − 销量 × 成本价）÷ 成交额；未填成本价的商品不计算", "Margin = (GMV − units × cost) ÷ GMV; products without a cost are not figured"),
    ]
}
