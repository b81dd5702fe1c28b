import ShopModel
import TemplateEngine

/// The filters that word counts and dates in the site's language: `count` and `local_date` (`number`, thousands
/// separators, is the engine's).
extension SiteTemplates {
    /// Registers `count` and `local_date` for `locale`.
    static func registerWords(in environment: inout TemplateEnvironment, locale: SiteLocale) {
        environment.register(filter: "count") { value, arguments in
            guard let string = siteString(value) else {
                throw TemplateFilterError("P-TEMPLATE-EXPECTS-UI-STRING", ["type": value.typeName])
            }
            switch arguments.first {
            case .int(let n)? where arguments.count == 1: return .string(string.counted(n))
            case .string(let text)? where arguments.count == 1:  // a measured figure such as 12.5 (days): never "one"
                return .string(SiteStrings.fill(string.other, [("count", text)]))
            default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-COUNT", [:])
            }
        }
        environment.register(filter: "local_date") { value, _ in
            if case .null = value { return .string("—") }
            guard case .string(let text) = value, let day = Day(text) else {
                throw TemplateFilterError("P-TEMPLATE-EXPECTS-DATE", ["value": value.text.map { "'\($0)'" } ?? value.typeName])
            }
            return .string(Display.longDate(day, locale: locale))
        }
    }

    /// A `t.key` value as a string: one text, or a map of `one` and `other`.
    private static func siteString(_ value: TemplateValue) -> SiteString? {
        switch value {
        case .string(let text), .safe(let text): return SiteString(text)
        case .map(let forms):
            guard case .string(let other)? = forms["other"] else { return nil }
            if case .string(let one)? = forms["one"] { return SiteString(other, one: one) }
            return SiteString(other)
        default: return nil
        }
    }
}
