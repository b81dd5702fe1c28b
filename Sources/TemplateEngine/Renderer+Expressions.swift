import Diagnostics

/// Evaluating expressions to values.
extension Renderer {
    mutating func evaluate(_ expression: Expression) throws(Diagnostic) -> TemplateValue {
        switch expression {
        case .literal(let value):
            return value
        case .name(let name, let position):
            if let value = lookup(name) { return value }
            throw unknownVariable(name, at: position)
        case .member(let access):
            return try evaluateMember(access)
        case .subscript_(let base, let index, let position):
            let container = try evaluate(base), key = try evaluate(index)
            return try element(key, of: container, base: base, at: position)
        case .list(let items):
            var values: [TemplateValue] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .map(let pairs):
            var map = TemplateMap()
            for (key, value) in pairs { map[key] = try evaluate(value) }
            return .map(map)
        case .negate(let operand, let position):
            let value = try evaluate(operand)
            guard value.isNumber else { throw error("E-TEMPLATE-NEGATE", ["type": value.typeName], at: position) }
            return try applying(at: position) { () throws(ValueError) in try TemplateValue.int(0).combined(.subtract, with: value) }
        case .not(let operand):
            return .bool(!(try evaluate(operand).isTruthy))
        case .arithmetic(let op, let left, let right, let position):
            let a = try evaluate(left), b = try evaluate(right)
            if op == .add { try checkJoinable(a, b, at: position) }
            return try built(try applying(at: position) { () throws(ValueError) in try a.combined(op, with: b) }, at: position)
        case .concat(let left, let right, let position):
            return try concatenated(try evaluate(left), try evaluate(right), at: position)
        case .comparison(let op, let left, let right, let position):
            let a = try evaluate(left), b = try evaluate(right)
            return .bool(try applying(at: position) { () throws(ValueError) in try Self.compare(a, op, b) })
        case .and(let left, let right):
            let a = try evaluate(left)
            return a.isTruthy ? try evaluate(right) : a
        case .or(let left, let right):
            let a = try evaluate(left)
            return a.isTruthy ? a : try evaluate(right)
        case .contains(let item, let container, let negated, let position):
            return .bool(try evaluateContains(item, in: container, at: position) != negated)
        case .conditional(let value, let condition, let otherwise):
            if try evaluate(condition).isTruthy { return try evaluate(value) }
            return try otherwise.map { (e) throws(Diagnostic) in try evaluate(e) } ?? .null
        case .filter(let input, let call):
            let value = try evaluate(input)
            return try apply(call, to: value)
        case .defaulted(let input, let fallback, let treatFalsy):
            return try evaluateDefaulted(input, fallback: fallback, treatFalsy: treatFalsy)
        case .test(let subject, let test, let arguments, let negated, let position):
            return .bool(try self.test(test, subject, arguments, at: position) != negated)
        case .call(let callee, let positional, let named, let position):
            return try built(try call(callee, positional, named, at: position), at: position)
        }
    }

    /// The error for a name that is neither a variable nor a global, with the closest visible name as a guess.
    func unknownVariable(_ name: Symbol, at position: SourcePosition) -> Diagnostic {
        if let guess = Suggestion.closest(to: name.text, among: visibleNames) {
            return error(phrase: "P-TEMPLATE-UNKNOWN-VARIABLE-GUESS", ["name": name.text, "guess": guess], at: position)
        }
        return error(phrase: "P-TEMPLATE-UNKNOWN-VARIABLE", ["name": name.text], at: position)
    }

    /// `base.name`: a global's member, or on a variable (the commonest shape) read without evaluating the base as an
    /// expression; anything missing takes the long way, which says what is missing.
    @inline(__always)
    mutating func evaluateMember(_ access: MemberAccess) throws(Diagnostic) -> TemplateValue {
        if let root = access.root {
            if let value = globalMember(access.name, of: root) { return value }
            if let value = member(access.name, ofVariable: root) { return value }
        }
        let container = try evaluate(access.base)
        return try member(access.name, of: container, base: access.base, at: access.position)
    }

    /// `item in container`, its cost spent on the budget first.
    @inline(__always)
    mutating func evaluateContains(_ item: Expression, in container: Expression, at position: SourcePosition) throws(Diagnostic) -> Bool {
        let a = try evaluate(item), b = try evaluate(container)
        try spend(Self.cost(of: b), at: position)
        return try applying(at: position) { () throws(ValueError) in try a.isContained(in: b) }
    }

    /// `input | default(fallback)`: the input when defined and not null (and truthy with `treatFalsy`), else the fallback.
    @inline(__always)
    mutating func evaluateDefaulted(_ input: Expression, fallback: Expression, treatFalsy: Bool) throws(Diagnostic) -> TemplateValue {
        if let value = try evaluateIfDefined(input) {
            if case .null = value {} else if !treatFalsy || value.isTruthy { return value }
        }
        return try evaluate(fallback)
    }

    /// `a ~ b`: the two texts joined, safe when both are; refused before joining when it would pass the size limit.
    mutating func concatenated(_ a: TemplateValue, _ b: TemplateValue, at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        guard let x = a.text, let y = b.text else {
            throw error("E-TEMPLATE-JOIN", ["a": a.typeName, "b": b.typeName], at: position)
        }
        try checkLength(x.utf8.count &+ y.utf8.count, at: position)
        if case .safe = a, case .safe = b { return try built(.safe(x + y), at: position) }
        return try built(.string(x + y), at: position)
    }

    /// The value, or nil when a name or member on the way is missing (for `is defined` and `default`).
    mutating func evaluateIfDefined(_ expression: Expression) throws(Diagnostic) -> TemplateValue? {
        switch expression {
        case .name(let name, _): return lookup(name)
        case .member(let access): return try evaluateIfDefined(access.base)?.member(access.name)
        case .subscript_(let base, let index, _):
            guard let container = try evaluateIfDefined(base) else { return nil }
            let key = try evaluate(index)
            switch (container, key) {
            case (.list(let items), .int(let i)):
                let position = i < 0 ? items.count + i : i
                return items.indices.contains(position) ? items[position] : nil
            case (.map, .string(let k)), (.object, .string(let k)), (.map, .safe(let k)), (.object, .safe(let k)): return container.member(k)
            default: return nil
            }
        default: return try evaluate(expression)
        }
    }

    /// Runs a value operation, positioning its failure.
    func applying<T>(at position: SourcePosition, _ body: () throws(ValueError) -> T) throws(Diagnostic) -> T {
        do { return try body() } catch { throw self.error(phrase: error.phrase, error.arguments, at: position) }
    }

    static func compare(_ a: TemplateValue, _ op: ComparisonOperator, _ b: TemplateValue) throws(ValueError) -> Bool {
        switch op {
        case .equal: return a.isEqual(to: b)
        case .notEqual: return !a.isEqual(to: b)
        case .less: return try a.compare(with: b) < 0
        case .lessOrEqual: return try a.compare(with: b) <= 0
        case .greater: return try a.compare(with: b) > 0
        case .greaterOrEqual: return try a.compare(with: b) >= 0
        }
    }
}
