/// A bulk purchase case of a product (批量采购案例): who bought how many, for what; shown on the product page.
public struct ProductCase: Hashable, Sendable {
    /// The buyer as the merchant may name them in public (某连锁超市).
    public var buyer: String
    /// How many units they bought.
    public var qty: Int
    /// What the goods were for, "" when not written.
    public var note: String
    /// The front-matter line of the case.
    public var line: Int

    /// Creates a case.
    public init(buyer: String, qty: Int, note: String = "", line: Int = 0) {
        self.buyer = buyer
        self.qty = qty
        self.note = note
        self.line = line
    }
}
