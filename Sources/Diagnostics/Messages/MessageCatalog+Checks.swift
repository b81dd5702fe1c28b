extension MessageCatalog {
    /// The content checks of `check` and `build`: products, orders, the logo and banned terms.
    static let checks: [Entry] = [
        entry("E-BANNED-TERM", "title contains the banned absolute term \"{term}\"", "标题含有禁用的绝对化用语“{term}”"),
        entry("W-NO-PRICE-TIERS", "active product has no price tiers, so buyers see no price", "在售商品没有价格阶梯，买家看不到价格"),
        entry("W-NO-MOQ", "active product has no moq (minimum order quantity)", "在售商品没有 moq（最小起订量）"),
        entry("W-NO-LEAD-TIME", "active product has no lead_time_days", "在售商品没有 lead_time_days（交货天数）"),
        entry("W-NO-LEAD-TIME-DEFAULT", "active product has no lead_time_days; the default of {days} days for {type} products applies",
              "在售商品没有 lead_time_days（交货天数）；按 {type} 类商品的默认值 {days} 天计"),
        entry("W-PRICE-RISES", "price rises with quantity: {lowerMin} {unit} at {lowerPrice} but {higherMin} {unit} at {higherPrice}",
              "价格随数量上升：{lowerMin} {unit} 单价 {lowerPrice}，而 {higherMin} {unit} 单价 {higherPrice}"),
        entry("W-MOQ-BELOW-FIRST-TIER",
              "moq is {moq} {unit} but the first price tier starts at {first} {unit}, so orders of {moq}–{last} {unit} have no price",
              "moq 为 {moq} {unit}，但第一个价格阶梯从 {first} {unit} 起，所以 {moq}–{last} {unit} 的订单没有价格"),
        entry("W-MOQ-ABOVE-FIRST-TIER",
              "moq is {moq} {unit} but the first price tier starts at {first} {unit}, so the tier price from {first} {unit} "
              + "can never apply below the moq",
              "moq 为 {moq} {unit}，但第一个价格阶梯从 {first} {unit} 起，所以从 {first} {unit} 起的阶梯价在低于 moq 时永远用不上"),
        entry("W-SHORT-LEAD-TIME", "{type} product has lead_time_days {days}, below the {minimum} days made-to-order work usually needs",
              "{type} 类商品的 lead_time_days 为 {days}，少于定制生产通常所需的 {minimum} 天"),
        entry("W-MISSING-IMAGE", "image \"{image}\" does not exist under content/", "图片“{image}”在 content/ 下不存在"),
        entry("W-MISSING-LOGO", "logo \"{logo}\" does not exist under content/", "标志“{logo}”在 content/ 下不存在"),
        entry("W-NO-TRACKING", "order is {status} but has no tracking number", "订单状态为 {status}，但没有运单号"),
        entry("W-LATE-TRACKING",
              "tracking entered on {trackingAt}, {days} {days#day|days} after shipping on {shipped}: the platform wants it within one day",
              "运单号 {trackingAt} 才录入，比发货日 {shipped} 晚 {days} 天：平台要求发货后 24 小时内填写"),
        entry("W-LATE-ORDER", "order shipped on {shipped}, {days} {days#day|days} after its ship-by date {shipBy}",
              "订单 {shipped} 发货，晚于最迟发货日 {shipBy} {days} 天"),
        entry("W-OVERDUE-ORDER",
              "order is not shipped and is {days} {days#day|days} past its ship-by date {shipBy} (as of {asOf})",
              "订单尚未发货，截至 {asOf} 已超过最迟发货日 {shipBy} {days} 天"),
    ]
}
