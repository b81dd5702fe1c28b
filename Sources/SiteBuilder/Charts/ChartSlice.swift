/// One slice of a donut chart: a label and its weight; the share is computed by the chart.
public struct ChartSlice: Sendable, Equatable {
    /// The category name shown in the legend, e.g. "大客户".
    public var label: String
    /// The weight of the slice; negative or non-finite values count as 0.
    public var value: Double
    /// The text shown in the legend after the share (e.g. "12 单"); `nil` shows the share only.
    public var valueLabel: String?

    /// Creates a slice; `valueLabel` adds a caller-formatted figure beside the share.
    public init(label: String, value: Double, valueLabel: String? = nil) {
        self.label = label
        self.value = value
        self.valueLabel = valueLabel
    }
}
