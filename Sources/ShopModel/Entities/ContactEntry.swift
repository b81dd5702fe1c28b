/// What kind of contact a merchant had with a customer; message and coupon are marketing.
public enum ContactKind: String, Sendable, Hashable, CaseIterable {
    /// A marketing message (旺旺, 微信, 短信).
    case message
    /// A coupon sent.
    case coupon
    /// A phone call.
    case call
    /// A visit.
    case visit
    /// Samples sent.
    case sample

    /// Whether the platform counts it as marketing (message or coupon).
    public var isMarketing: Bool { self == .message || self == .coupon }
}

/// One line of a customer's contact log (联系记录), from `contacts:`; internal only.
public struct ContactEntry: Hashable, Sendable {
    /// The day of the contact.
    public var date: Day
    /// What it was.
    public var kind: ContactKind
    /// Where (旺旺, 微信, 电话); "" when not written.
    public var channel: String
    /// What was said or sent; "" when not written.
    public var note: String
    /// The front-matter line of the entry.
    public var line: Int

    /// Creates an entry.
    public init(date: Day, kind: ContactKind, channel: String = "", note: String = "", line: Int) {
        self.date = date
        self.kind = kind
        self.channel = channel
        self.note = note
        self.line = line
    }
}
