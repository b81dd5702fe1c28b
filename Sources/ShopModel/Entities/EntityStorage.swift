/// The fields of one entity, held once and shared by every copy, so passing or binding an entity is one retain.
///
/// Storage never changes after it is made: a change to a field makes new storage (see `Product`'s setter), so it is
/// `Sendable` as checked by the compiler. Build many fields at once on the plain `…Fields` struct, then wrap it.
public final class EntityStorage<Fields: Hashable & Sendable>: Sendable {
    /// The entity's fields.
    public let fields: Fields

    /// Wraps `fields`.
    @inlinable
    public init(_ fields: Fields) {
        self.fields = fields
    }
}
