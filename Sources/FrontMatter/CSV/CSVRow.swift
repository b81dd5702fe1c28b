/// One record of a CSV file: the file line it starts on and its fields, unquoted.
public struct CSVRow: Sendable, Hashable {
    /// The 1-based file line where the record starts.
    public var line: Int
    /// The fields, quotes removed and `""` turned into `"`.
    public var fields: [String]

    /// Creates a row.
    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
