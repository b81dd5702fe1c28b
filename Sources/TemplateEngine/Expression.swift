/// A parsed expression inside `{{ }}` or a tag; every node keeps its position for messages.
indirect enum Expression: Sendable {
    /// A literal value.
    case literal(TemplateValue)
    /// A variable name, interned.
    case name(Symbol, SourcePosition)
    /// `base.name`, the member name interned.
    case member(Expression, Symbol, SourcePosition)
    /// `base[index]`.
    case subscript_(Expression, Expression, SourcePosition)
    /// `[a, b]`.
    case list([Expression])
    /// `{"k": v}`.
    case map([(String, Expression)])
    /// `-x`.
    case negate(Expression, SourcePosition)
    /// `not x`.
    case not(Expression)
    /// `a + b` and the other arithmetic operators.
    case arithmetic(TemplateValue.ArithmeticOperator, Expression, Expression, SourcePosition)
    /// `a ~ b`: concatenation as text.
    case concat(Expression, Expression, SourcePosition)
    /// `a == b`, `a < b` …
    case comparison(ComparisonOperator, Expression, Expression, SourcePosition)
    /// `a and b`.
    case and(Expression, Expression)
    /// `a or b`.
    case or(Expression, Expression)
    /// `a in b` (negated for `not in`).
    case contains(Expression, Expression, negated: Bool, SourcePosition)
    /// `a if cond else b`.
    case conditional(Expression, Expression, Expression?)
    /// `x | name(args)` resolved to its implementation at parse time.
    case filter(Expression, FilterCall)
    /// `x | default(fallback)`: tolerates an undefined `x`.
    case defaulted(Expression, Expression, treatFalsyAsMissing: Bool)
    /// `x is test(args)` (negated for `is not`).
    case test(Expression, TemplateTest, [Expression], negated: Bool, SourcePosition)
    /// `name(args)`, `ns.name(args)`: a macro or built-in function call.
    case call(Callee, [Expression], [(String, Expression)], SourcePosition)

    /// How the expression reads in a message, for variable paths (`product.price_tiers[0]`).
    var path: String? {
        switch self {
        case .name(let n, _): return n.text
        case .member(let base, let n, _): return base.path.map { "\($0).\(n.text)" }
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
