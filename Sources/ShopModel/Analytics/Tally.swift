/// A count of items of one kind (a customer tier, an order status), for mix charts.
public struct Tally<Key: Hashable & Sendable>: Hashable, Sendable {
    /// The kind.
    public var key: Key
    /// How many.
    public var count: Int

    /// Creates a tally.
    public init(key: Key, count: Int) {
        self.key = key
        self.count = count
    }
}
