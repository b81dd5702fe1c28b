import Diagnostics

/// Literals, names, parentheses, list and map literals, and the postfix `.name`, `[index]`, `(args)`.
extension Parser {
    mutating func parsePostfix() throws(SyntaxError) -> Expression {
        var value = try parsePrimary()
        var links = 0
        defer { expressionDepth -= links }
        while true {
            let position = current.position
            if case .symbol(let s) = current.kind, s == "." || s == "[" || s == "(" { try lengthenChain(&links) }
            if accept(symbol: ".") {
                switch current.kind {
                case .name(let name): value = .member(MemberAccess(value, Symbol(name), at: current.position)); advance()
                case .integer(let i): advance(); value = .subscript_(value, .literal(.int(i)), position)
                default: throw SyntaxError("P-TEMPLATE-EXPECTED-MEMBER", current.found(), at: current.position)
                }
            } else if accept(symbol: "[") {
                let index = try parseExpression()
                try expect(.symbol("]"), after: "P-TEMPLATE-WHAT-SUBSCRIPT")
                value = .subscript_(value, index, position)
            } else if case .symbol("(") = current.kind {
                let callee: Callee
                if case .name(let name, _) = value {
                    callee = .plain(name.text)
                } else if case .member(let access) = value, let namespace = access.root {
                    callee = .namespaced(namespace.text, access.name.text)
                } else {
                    throw SyntaxError("P-TEMPLATE-NOT-CALLABLE", at: position)
                }
                let callPosition = value.position ?? position
                advance()
                let arguments = try parseArguments()
                value = .call(callee, arguments.positional, arguments.named, callPosition)
            } else {
                return value
            }
        }
    }

    private mutating func parsePrimary() throws(SyntaxError) -> Expression {
        let token = current
        switch token.kind {
        case .name(let name):
            advance()
            switch name {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None", "null": return .literal(.null)
            default: return .name(Symbol(name), token.position)
            }
        case .string(let s): advance(); return .literal(.string(s))
        case .integer(let i): advance(); return .literal(.int(i))
        case .number(let decimal, let double): advance(); return .literal(decimal.map(TemplateValue.decimal) ?? .double(double))
        case .symbol("("):
            advance()
            let inner = try parseExpression()
            try expect(.symbol(")"), after: "P-TEMPLATE-WHAT-PARENTHESISED")
            return inner
        case .symbol("["):
            advance()
            var items: [Expression] = []
            while !accept(symbol: "]") {
                if !items.isEmpty { try expect(.symbol(","), after: "P-TEMPLATE-WHAT-LIST-ITEM") }
                if accept(symbol: "]") { break }
                items.append(try parseExpression())
            }
            return .list(items)
        case .symbol("{"):
            advance()
            var pairs: [(String, Expression)] = []
            while !accept(symbol: "}") {
                if !pairs.isEmpty { try expect(.symbol(","), after: "P-TEMPLATE-WHAT-MAP-ENTRY") }
                if accept(symbol: "}") { break }
                let key: String
                switch current.kind {
                case .string(let s), .name(let s): key = s
                default: throw SyntaxError("P-TEMPLATE-EXPECTED-KEY", current.found(), at: current.position)
                }
                advance()
                try expect(.symbol(":"), after: "P-TEMPLATE-WHAT-MAP-KEY")
                pairs.append((key, try parseExpression()))
            }
            return .map(pairs)
        default:
            throw SyntaxError("P-TEMPLATE-EXPECTED-EXPRESSION", token.found(), at: token.position)
        }
    }
}

extension Expression {
    /// Where a name or member access starts, for call positions.
    var position: SourcePosition? {
        switch self {
        case .name(_, let p): p
        case .member(let access): access.base.position
        default: nil
        }
    }
}
