import Diagnostics

/// Expressions, lowest precedence first: `x if c else y`, `or`, `and`, `not`, comparisons, `~`, `+ -`, `* / %`, unary `-`, filters, postfix.
extension Parser {
    mutating func parseExpression() throws(SyntaxError) -> Expression {
        try enterExpression()
        defer { expressionDepth -= 1 }
        let value = try parseOr()
        guard accept(keyword: "if") else { return value }
        let condition = try parseOr()
        let otherwise = accept(keyword: "else") ? try parseExpression() : nil
        return .conditional(value, condition, otherwise)
    }

    private mutating func parseOr() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseAnd()
        while accept(keyword: "or") { try lengthenChain(&links); left = .or(left, try parseAnd()) }
        return left
    }

    private mutating func parseAnd() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseNot()
        while accept(keyword: "and") { try lengthenChain(&links); left = .and(left, try parseNot()) }
        return left
    }

    private mutating func parseNot() throws(SyntaxError) -> Expression {
        if accept(keyword: "not") {
            try enterExpression()
            defer { expressionDepth -= 1 }
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    private mutating func parseComparison() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseConcat()
        while true {
            let position = current.position
            if case .symbol(let s) = current.kind, let op = ComparisonOperator(rawValue: s) {
                try lengthenChain(&links)
                advance()
                left = .comparison(op, left, try parseConcat(), position)
            } else if accept(keyword: "in") {
                try lengthenChain(&links)
                left = .contains(left, try parseConcat(), negated: false, position)
            } else if case .name("not") = current.kind, index + 1 < tokens.count, case .name("in") = tokens[index + 1].kind {
                advance(); advance()
                try lengthenChain(&links)
                left = .contains(left, try parseConcat(), negated: true, position)
            } else if accept(keyword: "is") {
                try lengthenChain(&links)
                let negated = accept(keyword: "not")
                let testPosition = current.position
                let name = try expectName("P-TEMPLATE-WHAT-TEST-NAME")
                guard let test = TemplateTest(name: name) else {
                    throw SyntaxError("P-TEMPLATE-UNKNOWN-TEST", ["test": name, "names": TemplateTest.names.joined(separator: ", ")], at: testPosition)
                }
                let arguments = accept(symbol: "(") ? try parseArguments().positional : []
                left = .test(left, test, arguments, negated: negated, testPosition)
            } else {
                return left
            }
        }
    }

    private mutating func parseConcat() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseAdditive()
        while case .symbol("~") = current.kind {
            let position = current.position
            advance()
            try lengthenChain(&links)
            left = .concat(left, try parseAdditive(), position)
        }
        return left
    }

    private mutating func parseAdditive() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseMultiplicative()
        while case .symbol(let s) = current.kind, s == "+" || s == "-", let op = TemplateValue.ArithmeticOperator(rawValue: s) {
            let position = current.position
            advance()
            try lengthenChain(&links)
            left = .arithmetic(op, left, try parseMultiplicative(), position)
        }
        return left
    }

    private mutating func parseMultiplicative() throws(SyntaxError) -> Expression {
        var links = 0
        defer { expressionDepth -= links }
        var left = try parseUnary()
        while case .symbol(let s) = current.kind, s == "*" || s == "/" || s == "%", let op = TemplateValue.ArithmeticOperator(rawValue: s) {
            let position = current.position
            advance()
            try lengthenChain(&links)
            left = .arithmetic(op, left, try parseUnary(), position)
        }
        return left
    }

    /// `-x`, then any filters: as in Jinja, `-3 | abs` is `(-3) | abs`.
    private mutating func parseUnary(withFilters: Bool = true) throws(SyntaxError) -> Expression {
        let position = current.position
        let value: Expression
        if accept(symbol: "-") {
            try enterExpression()
            defer { expressionDepth -= 1 }
            value = .negate(try parseUnary(withFilters: false), position)
        } else if accept(symbol: "+") {
            try enterExpression()
            defer { expressionDepth -= 1 }
            value = try parseUnary(withFilters: false)
        } else {
            value = try parsePostfix()
        }
        return withFilters ? try parseFilters(on: value) : value
    }

    /// `base | f(args) | g`.
    private mutating func parseFilters(on base: Expression) throws(SyntaxError) -> Expression {
        var value = base
        var links = 0
        defer { expressionDepth -= links }
        while accept(symbol: "|") {
            try lengthenChain(&links)
            let position = current.position
            let name = try expectName("P-TEMPLATE-WHAT-FILTER-NAME")
            let arguments: (positional: [Expression], named: [(String, Expression)]) = accept(symbol: "(") ? try parseArguments() : ([], [])
            let all = arguments.positional + arguments.named.map(\.1)
            if name == "default" || name == "d" {
                let treatFalsy: Expression = all.count > 1 ? all[1] : .literal(.bool(false))
                guard case .literal(let flag) = treatFalsy else {
                    throw SyntaxError("P-TEMPLATE-DEFAULT-BOOLEAN", at: position)
                }
                value = .defaulted(value, all.first ?? .literal(.string("")), treatFalsyAsMissing: flag.isTruthy)
                continue
            }
            guard let body = filters[name] else { throw unknownFilter(name, at: position) }
            value = .filter(value, FilterCall(name: name, body: body, arguments: all, position: position))
        }
        return value
    }

    private func unknownFilter(_ name: String, at position: SourcePosition) -> SyntaxError {
        if let guess = Suggestion.closest(to: name, among: filters.keys) {
            return SyntaxError("P-TEMPLATE-UNKNOWN-FILTER-GUESS", ["filter": name, "guess": guess], at: position)
        }
        return SyntaxError(name == "markdown" ? "P-TEMPLATE-UNKNOWN-FILTER-HOST" : "P-TEMPLATE-UNKNOWN-FILTER", ["filter": name], at: position)
    }

    /// Arguments after an opening `(` through the closing `)`: positional, then `name=value`.
    mutating func parseArguments() throws(SyntaxError) -> (positional: [Expression], named: [(String, Expression)]) {
        var positional: [Expression] = [], named: [(String, Expression)] = []
        while !accept(symbol: ")") {
            if !positional.isEmpty || !named.isEmpty { try expect(.symbol(","), after: "P-TEMPLATE-WHAT-ARGUMENT") }
            if case .name(let n) = current.kind, index + 1 < tokens.count, case .symbol("=") = tokens[index + 1].kind {
                advance(); advance()
                named.append((n, try parseExpression()))
            } else {
                guard named.isEmpty else { throw SyntaxError("P-TEMPLATE-POSITIONAL-AFTER-NAMED", at: current.position) }
                positional.append(try parseExpression())
            }
        }
        return (positional, named)
    }
}
