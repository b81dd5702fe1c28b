/// What every template of a library can use: filters, global variables and the currency symbol.
public struct TemplateEnvironment: Sendable {
    /// The symbol the `money` filter puts before amounts (`¥1,234.50`).
    public var currencySymbol: String
    /// Variables visible in every template after the render context (`site`, language strings).
    public var globals: TemplateMap
    /// Filters by name: the built-ins plus those the host registered.
    var filters: [String: FilterBody]
    /// How much one page render may write and do.
    public var limits = RenderLimits()

    /// An environment with the built-in filters; the host adds `markdown` and its own with `register`.
    public init(currencySymbol: String = "¥", globals: TemplateMap = [:]) {
        self.currencySymbol = currencySymbol
        self.globals = globals
        self.filters = BuiltinFilters.all
    }

    /// Adds (or replaces) the filter `name`; it receives the piped value and the evaluated arguments.
    /// Throw `TemplateFilterError` for a message shown at the filter's position in the template.
    public mutating func register(filter name: String, _ body: @escaping @Sendable (TemplateValue, [TemplateValue]) throws -> TemplateValue) {
        filters[name] = { value, arguments, _ in try body(value, arguments) }
    }

    /// The names of every available filter, sorted.
    public var filterNames: [String] { filters.keys.sorted() }
}
