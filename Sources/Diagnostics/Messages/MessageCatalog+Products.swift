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
    ]
}
