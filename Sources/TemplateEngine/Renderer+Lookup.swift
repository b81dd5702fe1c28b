import Diagnostics

/// Strict member and subscript access, and the `is` tests.
extension Renderer {
    /// Member `name` as a template wrote it: host objects are asked by interned name.
    func member(_ name: Symbol, of value: TemplateValue, base: Expression, at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        if let found = value.member(name) { return found }
        return try member(name.text, of: value, base: base, at: position)
    }

    func member(_ name: String, of value: TemplateValue, base: Expression, at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        if let found = value.member(name) { return found }
        let path = base.path.map { "'\($0)'" } ?? "P-TEMPLATE-THE-VALUE"
        switch value {
        case .map(let map):
            if let guess = Suggestion.closest(to: name, among: map.keys) {
                throw error(phrase: "P-TEMPLATE-NO-KEY-GUESS", ["path": path, "name": name, "guess": guess], at: position)
            }
            throw error(phrase: "P-TEMPLATE-NO-KEY", ["path": path, "name": name], at: position)
        case .object(let object):
            if let guess = Suggestion.closest(to: name, among: object.object.memberNames) {
                throw error(phrase: "P-TEMPLATE-NO-OBJECT-MEMBER-GUESS", ["path": path, "name": name, "guess": guess], at: position)
            }
            throw error(phrase: "P-TEMPLATE-NO-OBJECT-MEMBER", ["path": path, "name": name], at: position)
        case .null:
            throw error("E-TEMPLATE-NONE-MEMBER", ["path": path, "name": name], at: position)
        default:
            throw error("E-TEMPLATE-NO-MEMBER", ["path": path, "type": value.typeName, "name": name], at: position)
        }
    }

    func element(_ key: TemplateValue, of value: TemplateValue, base: Expression, at position: SourcePosition) throws(Diagnostic) -> TemplateValue {
        let path = base.path.map { "'\($0)'" } ?? "P-TEMPLATE-THE-VALUE"
        switch (value, key) {
        case (.list(let items), .int(let i)):
            let index = i < 0 ? items.count + i : i
            guard items.indices.contains(index) else {
                throw error("E-TEMPLATE-INDEX-RANGE-ITEMS", ["index": "\(i)", "path": path, "count": "\(items.count)"], at: position)
            }
            return items[index]
        case (.map, .string(let k)), (.map, .safe(let k)), (.object, .string(let k)), (.object, .safe(let k)):
            return try member(k, of: value, base: base, at: position)
        case (.string(let text), .int(let i)), (.safe(let text), .int(let i)):
            let characters = Array(text)
            let index = i < 0 ? characters.count + i : i
            guard characters.indices.contains(index) else { throw error("E-TEMPLATE-INDEX-RANGE", ["index": "\(i)", "path": path], at: position) }
            return .string(String(characters[index]))
        case (.null, _):
            throw error("E-TEMPLATE-NONE-INDEX", ["path": path], at: position)
        default:
            throw error("E-TEMPLATE-INDEX-TYPE", ["path": path, "type": value.typeName, "key": key.typeName], at: position)
        }
    }

    /// Whether `subject` passes `test` (`defined` and `undefined` tolerate a missing name or member).
    mutating func test(_ test: TemplateTest, _ subject: Expression, _ arguments: [Expression], at position: SourcePosition) throws(Diagnostic) -> Bool {
        switch test {
        case .defined: return try evaluateIfDefined(subject) != nil
        case .undefined: return try evaluateIfDefined(subject) == nil
        default: break
        }
        let value = try evaluate(subject)
        switch test {
        case .defined, .undefined: return false  // answered above
        case .none: if case .null = value { return true } else { return false }
        case .number: return value.isNumber
        case .string: return value.stringContent != nil
        case .mapping: if case .map = value { return true } else if case .object = value { return true } else { return false }
        case .iterable:
            switch value {
            case .list, .map, .string, .safe: return true
            default: return false
            }
        case .true: if case .bool(true) = value { return true } else { return false }
        case .false: if case .bool(false) = value { return true } else { return false }
        case .empty:
            guard let length = try? BuiltinFilters.length(value, [], FilterContext(currencySymbol: "")) , case .int(let n) = length else {
                throw error("E-TEMPLATE-EMPTY-TEST", ["type": value.typeName], at: position)
            }
            return n == 0
        case .odd, .even, .divisibleBy:
            guard case .int(let n) = value else { throw error("E-TEMPLATE-INT-TEST", ["test": test.rawValue, "type": value.typeName], at: position) }
            if test == .odd { return n % 2 != 0 }
            if test == .even { return n % 2 == 0 }
            guard let first = arguments.first, case .int(let divisor) = try evaluate(first), divisor != 0 else {
                throw error("E-TEMPLATE-DIVISIBLEBY", [:], at: position)
            }
            return n % divisor == 0
        }
    }
}
