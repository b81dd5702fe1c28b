/// An entity whose fields live in shared immutable storage: copying it is one retain, and its fields read as its own
/// members (`product.title` reads `ProductFields.title`).
///
/// To add a field, add one stored property to the entity's `…Fields` struct; nothing else changes. Setting a field
/// (`order.shipBy = day`) gives this copy new storage; to set many, build the `…Fields` struct and wrap it once.
@dynamicMemberLookup
public protocol SharedFields: Hashable, Sendable {
    /// The plain struct of stored fields.
    associatedtype Fields: Hashable & Sendable
    /// The fields, shared by every copy.
    var storage: EntityStorage<Fields> { get set }
    /// Wraps fields built in one go.
    init(_ fields: Fields)
}

extension SharedFields {
    /// All fields at once, for building a changed copy.
    @inlinable
    public var fields: Fields { storage.fields }

    /// A field, read through the shared storage.
    @inlinable
    public subscript<Value>(dynamicMember field: KeyPath<Fields, Value>) -> Value {
        storage.fields[keyPath: field]
    }

    /// A field; setting it gives this copy new storage (other copies keep theirs).
    @inlinable
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { storage.fields[keyPath: field] }
        set { update { $0[keyPath: field] = newValue } }
    }

    /// Changes several fields with one new storage.
    @inlinable
    public mutating func update(_ change: (inout Fields) throws -> Void) rethrows {
        var changed = storage.fields
        try change(&changed)
        storage = EntityStorage(changed)
    }

    /// Same fields (the same storage is equal without a look).
    @inlinable
    public static func == (a: Self, b: Self) -> Bool {
        a.storage === b.storage || a.storage.fields == b.storage.fields
    }

    /// Hashes the fields.
    @inlinable
    public func hash(into hasher: inout Hasher) {
        storage.fields.hash(into: &hasher)
    }
}
