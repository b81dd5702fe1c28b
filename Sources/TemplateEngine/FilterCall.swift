/// A filter application resolved at parse time: its name (for messages), body and argument expressions.
struct FilterCall: Sendable {
    let name: String
    let body: FilterBody
    let arguments: [Expression]
    let position: SourcePosition
}

/// What a filter does: the piped value, the evaluated arguments and the environment give the result.
typealias FilterBody = @Sendable (TemplateValue, [TemplateValue], FilterContext) throws -> TemplateValue

/// The settings a built-in filter may read (the currency symbol for `money`, the size limit for what it builds).
struct FilterContext: Sendable {
    let currencySymbol: String
    var limits = RenderLimits()
}
