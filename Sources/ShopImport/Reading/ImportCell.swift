/// One cell of an export: its text, and whether the spreadsheet stored it as a number (an Excel date is one).
public struct ImportCell: Sendable, Hashable {
    /// The text as read (a number's shortest decimal form for xlsx numbers).
    public var text: String
    /// Whether an .xlsx stored the cell as a number; CSV cells never are.
    public var isNumber: Bool

    /// Creates a cell.
    public init(_ text: String, isNumber: Bool = false) {
        self.text = text
        self.isNumber = isNumber
    }

    /// The empty cell.
    public static let empty = ImportCell("")
}
