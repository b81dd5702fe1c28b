/// `base.name` in an expression: a final class with `let` fields, so that evaluating one takes one reference and reads
/// its fields in place (an `indirect` payload is copied out of its box, retaining the base and the name, first).
final class MemberAccess: Sendable {
    /// The expression before the dot.
    let base: Expression
    /// The member name, interned.
    let name: Symbol
    /// The variable when the base is a plain name (`product` in `product.title`), found once at parse time: the
    /// renderer then reads the member where the variable is stored, without evaluating the base.
    let root: Symbol?
    /// Where the member name was written.
    let position: SourcePosition

    init(_ base: Expression, _ name: Symbol, at position: SourcePosition) {
        self.base = base
        self.name = name
        if case .name(let root, _) = base { self.root = root } else { self.root = nil }
        self.position = position
    }
}
