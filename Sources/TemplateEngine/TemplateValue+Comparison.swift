/// Equality (`==`, `in`) and ordering (`<`, `sort`) of values.
extension TemplateValue {
    /// Whether two values are equal: numbers by value across kinds, strings and safe strings by text.
    func isEqual(to other: TemplateValue) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.string(let a), .string(let b)), (.string(let a), .safe(let b)),
             (.safe(let a), .string(let b)), (.safe(let a), .safe(let b)): return a == b
        case (.list(let a), .list(let b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.isEqual(to: $1) }
        case (.map(let a), .map(let b)):
            return a.keys == b.keys && zip(a.values, b.values).allSatisfy { $0.isEqual(to: $1) }
        default:
            guard isNumber, other.isNumber else { return false }
            return (try? compare(with: other)) == 0
        }
    }

    /// -1, 0 or 1 for numbers (any kinds) and strings; an error for anything else.
    func compare(with other: TemplateValue) throws(ValueError) -> Int {
        switch (self, other) {
        case (.int(let a), .int(let b)): return a < b ? -1 : (a == b ? 0 : 1)
        case (.double, _), (_, .double):
            if let a = asDouble, let b = other.asDouble { return a < b ? -1 : (a == b ? 0 : 1) }
        case (.decimal, _), (_, .decimal):
            if let a = asDecimal, let b = other.asDecimal { return a < b ? -1 : (a == b ? 0 : 1) }
            if let a = asDouble, let b = other.asDouble { return a < b ? -1 : (a == b ? 0 : 1) }
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        default:
            if let a = stringContent, let b = other.stringContent {
                // Code-point order, as the spec sorts names.
                return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : (a == b ? 0 : 1)
            }
        }
        throw ValueError("P-TEMPLATE-CANNOT-COMPARE", ["type": typeName, "other_type": other.typeName])
    }

    /// Whether `self` is found in `container`: an item of a list, a key of a map or object, a substring of a string.
    func isContained(in container: TemplateValue) throws(ValueError) -> Bool {
        switch container {
        case .list(let items): return items.contains { $0.isEqual(to: self) }
        case .map(let map):
            guard let key = stringContent else { return false }
            return map[key] != nil
        case .object(let object):
            guard let key = stringContent else { return false }
            return object.object.member(key) != nil
        case .string(let text), .safe(let text):
            guard let part = stringContent ?? self.text else { break }
            return part.isEmpty || text.contains(part)
        default: break
        }
        throw ValueError("P-TEMPLATE-CANNOT-USE-IN", ["type": container.typeName])
    }
}
