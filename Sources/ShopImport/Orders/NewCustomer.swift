import ShopModel

/// A stub customer `--new-customers` creates for a buyer the shop does not know yet.
public struct NewCustomer: Sendable, Hashable {
    /// The id given.
    public var id: CustomerID
    /// The buyer's name as exported.
    public var name: String
    /// The date of the buyer's first imported order.
    public var since: Day
    /// The province, when the export has one.
    public var region: String?
    /// The delivery address, when the export has one.
    public var address: String?

    /// The stub's file.
    public var path: String { "content/customers/\(id.rawValue).md" }
}
