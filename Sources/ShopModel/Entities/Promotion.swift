/// A coupon such as 满 5000 减 300, from `content/promotions/*.md`.
public struct Promotion: Hashable, Sendable {
    /// The id.
    public var id: PromotionID
    /// The title shown on quotes.
    public var title: String = ""
    /// The subtotal needed.
    public var threshold: Money = .zero
    /// The amount taken off.
    public var amount: Money = .zero
    /// Who may use it.
    public var tiers: [CustomerTier] = []
    /// First valid day, inclusive; nil for no limit.
    public var start: Day?
    /// Last valid day, inclusive; nil for no limit.
    public var end: Day?
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// Markdown text.
    public var body: String = ""
    /// Where it was written.
    public var source: FieldLines

    /// Creates a promotion.
    public init(id: PromotionID, source: FieldLines) {
        self.id = id
        self.source = source
    }
}
