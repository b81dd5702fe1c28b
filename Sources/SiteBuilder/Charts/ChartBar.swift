/// One horizontal bar: a label on the left, a length from `value`, and a printed value.
public struct ChartBar: Sendable, Equatable {
    /// The category name, e.g. a product title or a region; long labels are shortened with "…".
    public var label: String
    /// The bar length in chart units; non-finite values are drawn as 0.
    public var value: Double
    /// The text printed after the bar (e.g. "¥12,300.00"); `nil` formats `value` with the chart's format.
    public var valueLabel: String?

    /// Creates a bar; pass `valueLabel` when the caller has formatted the value exactly (money).
    public init(label: String, value: Double, valueLabel: String? = nil) {
        self.label = label
        self.value = value
        self.valueLabel = valueLabel
    }
}
