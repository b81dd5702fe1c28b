import ShopModel

/// A promotion file (满减 coupon) with every field of the spec, each explained.
struct PromotionStub {
    /// The promotion id.
    var id: String
    /// Subtotal needed, as written.
    var threshold = "5000"
    /// Amount taken off, as written.
    var amount = "300"
    /// Who may use it.
    var tiers: [CustomerTier] = [.regular, .key]
    /// First day.
    var start: Day
    /// Last day, inclusive.
    var end: Day
    /// Notes (Markdown).
    var body = "活动说明（内部备注）。\n\nNotes about this promotion.\n"

    /// The title shown on quotes: 满 5000 减 300.
    var title: String { "满 \(threshold) 减 \(amount)" }

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        y.line("---")
        y.line("id: \(YAMLText.scalar(id))", "促销编号，默认为文件名 / promotion id; default: the file name")
        y.line("title: \(YAMLText.scalar(title))", "名称，显示在报价单上 / title, shown on quotes")
        y.line("threshold: \(threshold)", "门槛：报价小计达到此金额 / subtotal needed")
        y.line("amount: \(amount)", "减免金额（必填）/ amount taken off (required)")
        y.line("tiers: \(YAMLText.list(tiers.map(\.rawValue)))", "可用的客户等级 new | regular | key，默认全部 / who may use it; default: all")
        y.line("start: \(start)", "开始日期 / first day")
        y.line("end: \(end)", "结束日期（含当天）/ last day, inclusive")
        y.line("---")
        return y.text + body
    }
}
