/// The filters every environment starts with; each group lives in its own file.
enum BuiltinFilters {
    static let all: [String: FilterBody] = {
        var table: [String: FilterBody] = [:]
        for group in [textFilters, collectionFilters, numberFilters, formatFilters] {
            table.merge(group) { first, _ in first }
        }
        return table
    }()

    /// The text of argument `index`, or `fallback` when absent.
    static func string(_ arguments: [TemplateValue], _ index: Int, default fallback: String) throws -> String {
        guard index < arguments.count else { return fallback }
        guard let text = arguments[index].text, arguments[index].stringContent != nil || arguments[index].isNumber else {
            throw TemplateFilterError("P-TEMPLATE-ARGUMENT-STRING", ["index": "\(index + 1)", "type": arguments[index].typeName])
        }
        return text
    }

    /// The integer argument `index`, or `fallback` when absent.
    static func integer(_ arguments: [TemplateValue], _ index: Int, default fallback: Int?) throws -> Int {
        guard index < arguments.count else {
            guard let fallback else { throw TemplateFilterError("P-TEMPLATE-ARGUMENT-MISSING", ["index": "\(index + 1)"]) }
            return fallback
        }
        guard case .int(let n) = arguments[index] else {
            throw TemplateFilterError("P-TEMPLATE-ARGUMENT-INTEGER", ["index": "\(index + 1)", "type": arguments[index].typeName])
        }
        return n
    }

    /// The piped value as text, for text filters.
    static func text(of value: TemplateValue) throws -> String {
        guard let text = value.text else { throw TemplateFilterError("P-TEMPLATE-EXPECTS-TEXT", ["type": value.typeName]) }
        return text
    }

    /// Fails when a filter's result would hold more than `count` bytes allowed by the render limits.
    static func checkSize(_ count: Int, _ context: FilterContext) throws {
        guard count <= context.limits.maximumBytes else {
            throw TemplateFilterError("P-TEMPLATE-RESULT-TOO-LARGE", ["limit": context.limits.bytesText])
        }
    }

    /// Wraps text in the same kind (safe stays safe) as `original`.
    static func same(_ original: TemplateValue, _ text: String) -> TemplateValue {
        if case .safe = original { return .safe(text) }
        return .string(text)
    }
}
