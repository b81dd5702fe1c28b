extension MessageCatalog {
    /// The workbench's settings and the customer contact log: advice thresholds, contacts, the marketing check.
    static let workbench: [Entry] = [
        entry("P-CONTACT", "a contact", "联系记录"),
        entry("P-CONTACT-MESSAGE", "message", "营销消息"),
        entry("P-CONTACT-COUPON", "coupon", "发券"),
        entry("E-SHARE-RANGE", "`{key}` must be a share from 0 to 1 (such as 0.8), not `{text}`",
              "`{key}` 必须是 0 到 1 之间的比例（例如 0.8），而不是 `{text}`"),
        entry("E-FACTOR-RANGE", "`{key}` must be a factor above 0 and at most 100 (such as 1.5), not `{text}`",
              "`{key}` 必须是大于 0、不超过 100 的倍数（例如 1.5），而不是 `{text}`"),
        entry("E-CONTACTS-SHAPE", "`contacts` must be a list of `{ date: …, kind: …, channel: …, note: … }`",
              "`contacts` 必须是由 `{ date: …, kind: …, channel: …, note: … }` 组成的列表"),
        entry("W-MARKETING-TOO-CLOSE",
              "marketing contact ({kind@}) to new customer {customer} on {date}, {days} {days#day|days} after the one on {previous}: marketing contacts to a new customer must be at least {gap} {gap#day|days} apart (`marketing.new_customer_gap_days`), or the platform treats it as harassment",
              "{date} 向新客户 {customer} 再次营销（{kind@}），距上次（{previous}）仅 {days} 天：对新客户的两次营销至少要间隔 {gap} 天（`marketing.new_customer_gap_days`），否则平台视为骚扰"),
    ]
}
