/// The box a `TemplateValue.object` holds its host object in.
///
/// An immutable class rather than an `indirect` case: Swift reads a member of a `let` property of a final class in
/// place, while it copies an `indirect` payload's existential out of its box (one retain and release of everything
/// the host holds) before every call on it.
public final class HostObject: Sendable {
    /// The host object.
    public let object: any TemplateObject

    /// Boxes `object`.
    public init(_ object: any TemplateObject) { self.object = object }
}
