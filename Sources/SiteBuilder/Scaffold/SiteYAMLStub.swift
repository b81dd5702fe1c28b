import ShopModel

/// The site.yaml `init` writes: every setting of the spec, each explained, with the spec's defaults.
struct SiteYAMLStub {
    /// Shop name.
    var name = "示例五金有限公司"
    /// The date the shop was created, shown in the commented `as_of` line.
    var today: Day

    /// The file's text.
    var text: String {
        var y = CommentedYAML()
        y.comment("店铺设置 shop settings（shopsite）。删去一项即用默认值 / remove a setting to use its default.")
        y.line("name: \(YAMLText.scalar(name))", "店铺名称（必填）/ shop name (required)")
        y.line("tagline: 五金配件源头工厂 · 现货批发 · 来图定制", "标语 / tagline")
        y.line("logo: assets/logo.svg", "标志，content/ 下的路径 / logo, a path under content/")
        y.line("brand: { primary: \"#d9363e\", accent: \"#1f2937\" }", "品牌主色、辅色 / brand colours")
        y.line("locale: zh-CN", "语言：zh-CN（默认）或 en / language: zh-CN (default) or en")
        y.line("currency: CNY", "货币；CNY 显示为 ¥1,234.50 / currency; CNY shows as ¥1,234.50")
        y.line("contact:", "联系方式，显示在页脚和报价单上 / contact, in the footer and on quotes")
        y.line("  person: 陈经理", "联系人 / contact person")
        y.line("  phone: \"0574-8888 1234\"", "电话，保留引号 / phone, keep the quotes")
        y.line("  email: sales@example.com", "邮箱 / email")
        y.line("  address: 浙江省宁波市北仑区示例路 1 号", "地址 / address")
        y.line("  wechat: example-sales", "微信 / WeChat")
        y.line("# as_of: \(today)", "分析与报价过期的参考日期，默认今天；--as-of 优先 / reference date; default: today")
        y.line("tiers: { regular: 1000, key: 10000 }", "客户等级门槛（累计付款金额）/ customer tiers by cumulative paid amount")
        y.line("dormant_after_days: 30", "老客户超过几天未付款下单算沉睡 / days without a paid order before dormant")
        y.line("lead_time_days: { spot: 7, custom: 15, processing: 15 }", "各类产品默认发货天数 / default days to ship per type")
        y.line("benchmarks: { conversion_rate: 0.03 }", "行业平均转化率，用于对比 / industry average, for comparison")
        y.line("banned_words: [秒杀价]", "标题禁用词，追加到内置广告法极限词 / banned in titles, added to the built-in list")
        y.line("allowed_words: [第一代]", "例外：命中落在这些词里不算 / exceptions: a match inside these is no hit")
        y.line("quote:", "报价单 / quotes")
        y.line("  validity_days: 15", "报价有效天数 / days a quote stays valid")
        y.line("  tax_rate: 0", "默认税率，如含 13% 增值税写 0.13 / default tax rate, e.g. 0.13")
        y.line("  terms: \"报价含包装，不含运费。\"", "报价条款，印在报价单上 / terms printed on quotes")
        y.line("analytics: { windows: [7, 30] }", "分析的时间窗口（天）/ analytics windows in days")
        return y.text
    }
}
