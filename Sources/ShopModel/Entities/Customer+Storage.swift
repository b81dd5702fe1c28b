/// A buyer, from `content/customers/*.md`: its fields (`CustomerFields`) in shared immutable storage, so a copy is one retain.
public struct Customer: SharedFields {
    /// The fields, shared by every copy.
    public var storage: EntityStorage<CustomerFields>

    /// Wraps fields built in one go.
    @inlinable
    public init(_ fields: CustomerFields) {
        storage = EntityStorage(fields)
    }

    /// Creates a customer with the required fields.
    public init(id: CustomerID, name: String, source: FieldLines) {
        self.init(CustomerFields(id: id, name: name, source: source))
    }
}
