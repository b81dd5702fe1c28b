/// A customer's standing by cumulative paid amount: 新客户, 老客户 or 大客户 (new, regular, key).
public enum CustomerTier: String, Sendable, CaseIterable, Hashable, Comparable {
    /// Below `tiers.regular`.
    case new
    /// At least `tiers.regular`.
    case regular
    /// At least `tiers.key`.
    case key

    /// new < regular < key.
    public static func < (a: CustomerTier, b: CustomerTier) -> Bool {
        a.rank < b.rank
    }

    private var rank: Int {
        switch self {
        case .new: return 0
        case .regular: return 1
        case .key: return 2
        }
    }
}

/// A buyer, from `content/customers/*.md`.
public struct Customer: Hashable, Sendable {
    /// The id.
    public var id: CustomerID
    /// The company name.
    public var name: String
    /// The contact person.
    public var contact: String = ""
    /// Phone, as written.
    public var phone: String = ""
    /// Email.
    public var email: String = ""
    /// Province, for region analytics; "" when none.
    public var region: String = ""
    /// Delivery / invoice address; nil when not written.
    public var address: String?
    /// Customer since.
    public var since: Day?
    /// A manual tier that overrides the computed one.
    public var tierOverride: CustomerTier?
    /// Tags.
    public var tags: [String] = []
    /// Unknown front-matter keys.
    public var params: [ParamEntry] = []
    /// Markdown notes.
    public var body: String = ""
    /// Where it was written.
    public var source: FieldLines

    /// Creates a customer with the required fields.
    public init(id: CustomerID, name: String, source: FieldLines) {
        self.id = id
        self.name = name
        self.source = source
    }
}
