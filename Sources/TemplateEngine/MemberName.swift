/// A member name as a template wrote it (`title` in `product.title`), interned when the template was parsed, so a
/// host object can find its member through a `MemberTable` without comparing strings.
public struct MemberName: Sendable {
    /// The name as written.
    public let text: String
    /// The interned id: equal for equal texts.
    let id: Int

    init(_ symbol: Symbol) {
        self.text = symbol.text
        self.id = symbol.id
    }
}
