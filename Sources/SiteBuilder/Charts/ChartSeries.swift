/// One line of a line chart: a named run of values, one per x label.
public struct ChartSeries: Sendable, Equatable {
    /// The name shown in the legend, e.g. "近 30 天".
    public var name: String
    /// The y values in x order; non-finite values are drawn as 0.
    public var values: [Double]
    /// Whether the line is dashed and muted, as for the previous window in a comparison.
    public var dashed: Bool

    /// Creates a series; pass `dashed: true` for a comparison line.
    public init(name: String, values: [Double], dashed: Bool = false) {
        self.name = name
        self.values = values
        self.dashed = dashed
    }
}
