import ShopModel
import TemplateEngine

extension TemplateValue {
    /// Money as an exact decimal for the `money` and `price` filters.
    static func money(_ amount: Money) -> TemplateValue { .decimal(amount.tenThousandths) }
    /// Optional money; none prints as "—" through `money`.
    static func money(_ amount: Money?) -> TemplateValue { amount.map { .decimal($0.tenThousandths) } ?? .null }
    /// A day as `YYYY-MM-DD`, or none.
    static func day(_ day: Day?) -> TemplateValue { day.map { .string($0.description) } ?? .null }
    /// A ratio for the `percent` filter, or none when undefined.
    static func ratio(_ value: Double?) -> TemplateValue { value.map { .double($0) } ?? .null }
    /// Optional text.
    static func text(_ text: String?) -> TemplateValue { text.map { .string($0) } ?? .null }
    /// An optional whole number.
    static func int(_ value: Int?) -> TemplateValue { value.map { .int($0) } ?? .null }
    /// A list of strings.
    static func strings(_ items: [String]) -> TemplateValue { .list(items.map { .string($0) }) }

    /// Unknown front-matter keys, in written order.
    static func params(_ entries: [ParamEntry]) -> TemplateValue {
        .map(TemplateMap(entries.map { ($0.key, TemplateValue.param($0.value)) }))
    }

    /// One front-matter value as written.
    static func param(_ value: ParamValue) -> TemplateValue {
        switch value {
        case .null: return .null
        case .string(let text): return .string(text)
        case .list(let items): return .list(items.map(param))
        case .map(let entries): return params(entries)
        }
    }
}
