import ShopModel

extension PageText {
    /// When a promotion is valid, in words: the one place a promotion's period is written for every page.
    ///
    /// `2025-11-01 – 2025-11-30`, `2025-11-15 起，不设结束日期` when it has no end (a promotion without `end` never ends),
    /// `截至 2025-11-30` without a start, `不限起止日期` without either.
    func validity(of p: Promotion) -> String {
        switch (p.start, p.end) {
        case let (start?, end?): fill("order_promo_period", [("start", start.description), ("end", end.description)])
        case let (start?, nil): fill("order_promo_from", [("start", start.description)])
        case let (nil, end?): fill("order_promo_until", [("end", end.description)])
        case (nil, nil): self["order_promo_always"]
        }
    }
}
