extension MessageCatalog {
    /// The UI strings files (the theme's `templates/i18n/<locale>.yaml`, the shop's `i18n/<locale>.yaml`), and the field
    /// values messages name through `{type@}` and `{status@}`.
    static let strings: [Entry] = [
        // Field values as `{type@}` / `{status@}` print them (MessageCatalog.phrase): the merchant's words in zh-CN.
        entry("P-SPOT", "spot", "现货"), entry("P-CUSTOM", "custom", "定制"), entry("P-PROCESSING", "processing", "加工"),
        entry("P-PENDING-PAYMENT", "pending_payment", "待付款"), entry("P-PENDING-SHIPMENT", "pending_shipment", "待发货"),
        entry("P-SHIPPED", "shipped", "已发货"), entry("P-COMPLETED", "completed", "已完成"), entry("P-REFUNDED", "refunded", "已退款"),
        entry("P-CANCELLED", "cancelled", "已取消"), entry("P-DISPUTED", "disputed", "纠纷中"),
        entry("E-I18N-NOT-MAPPING", "a UI strings file is a mapping of keys to texts (`nav_home: Dashboard`)",
              "界面文字文件应为“键: 文字”的映射（例如 `nav_home: 工作台`）"),
        entry("E-I18N-VALUE", "the text of '{key}' is a string, or `one:` and `other:` forms for a count",
              "'{key}' 的文字应为字符串，或带数量时的 `one:` 和 `other:` 两种形式"),
        entry("E-I18N-MISSING-KEY", "UI string '{key}' is defined in neither {theme} nor {shop}",
              "界面文字 '{key}' 在 {theme} 和 {shop} 中都没有定义"),
        entry("W-I18N-UNKNOWN-KEY", "'{key}' is not a key of {theme}, so no template shows it (a typo?)",
              "'{key}' 不是 {theme} 中的键，没有模板会显示它（是否拼写有误？）"),
    ]
}
