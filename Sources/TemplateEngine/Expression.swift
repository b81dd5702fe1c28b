/// A parsed expression inside `{{ }}` or a tag; every node keeps its position for messages.
///
/// Every case is boxed (`indirect`) but `member`, the commonest, which holds a final class instead: evaluating it
/// takes one reference and reads the fields in place, where a box's payload is copied out (base, name) first.
enum Expression: Sendable {
    /// A literal value.
    indirect case literal(TemplateValue)
    /// A variable name, interned.
    indirect case name(Symbol, SourcePosition)
    /// `base.name`, the member name interned.
    case member(MemberAccess)
    /// `base[index]`.
    indirect case subscript_(Expression, Expression, SourcePosition)
    /// `[a, b]`.
    indirect case list([Expression])
    /// `{"k": v}`.
    indirect case map([(String, Expression)])
    /// `-x`.
    indirect case negate(Expression, SourcePosition)
    /// `not x`.
    indirect case not(Expression)
    /// `a + b` and the other arithmetic operators.
    indirect case arithmetic(TemplateValue.ArithmeticOperator, Expression, Expression, SourcePosition)
    /// `a ~ b`: concatenation as text.
    indirect case concat(Expression, Expression, SourcePosition)
    /// `a == b`, `a < b` …
    indirect case comparison(ComparisonOperator, Expression, Expression, SourcePosition)
    /// `a and b`.
    indirect case and(Expression, Expression)
    /// `a or b`.
    indirect case or(Expression, Expression)
    /// `a in b` (negated for `not in`).
    indirect case contains(Expression, Expression, negated: Bool, SourcePosition)
    /// `a if cond else b`.
    indirect case conditional(Expression, Expression, Expression?)
    /// `x | name(args)` resolved to its implementation at parse time.
    indirect case filter(Expression, FilterCall)
    /// `x | default(fallback)`: tolerates an undefined `x`.
    indirect case defaulted(Expression, Expression, treatFalsyAsMissing: Bool)
    /// `x is test(args)` (negated for `is not`).
    indirect case test(Expression, TemplateTest, [Expression], negated: Bool, SourcePosition)
    /// `name(args)`, `ns.name(args)`: a macro or built-in function call.
    indirect case call(Callee, [Expression], [(String, Expression)], SourcePosition)

    /// How the expression reads in a message, for variable paths (`product.price_tiers[0]`).
    var path: String? {
        switch self {
        case .name(let n, _): return n.text
        case .member(let access): return access.base.path.map { "\($0).\(access.name.text)" }
        case .subscript_(let base, let index, _):
            guard let b = base.path else { return nil }
            if case .literal(let v) = index, let t = v.text {
                if case .string = v { return "\(b)[\"\(t)\"]" }
                return "\(b)[\(t)]"
            }
            return "\(b)[…]"
        default: return nil
        }
    }
}

/// `==`, `!=`, `<`, `<=`, `>`, `>=`.
enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

/// What a call expression names: a macro (`price(x)`), an imported one (`m.price(x)`), or `super`/`range`.
enum Callee: Sendable {
    case plain(String)
    case namespaced(String, String)
}
