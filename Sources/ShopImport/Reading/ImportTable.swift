import Diagnostics

/// An export read into rows: the header row first, then the data rows, from a CSV or the first sheet of an .xlsx.
public struct ImportTable: Sendable {
    /// The file as messages name it (as given on the command line).
    public var path: String
    /// Every non-blank row, header first.
    public var rows: [ImportRow]
    /// Whether an .xlsx counts its date serial numbers from 1904 rather than 1900.
    public var uses1904: Bool

    /// Creates a table.
    public init(path: String, rows: [ImportRow], uses1904: Bool = false) {
        self.path = path
        self.rows = rows
        self.uses1904 = uses1904
    }

    /// The longest cell an export may hold; a longer one is an error, not a slow import.
    public static let maximumCellBytes = 64 * 1024

    /// The most rows an export may hold.
    public static let maximumRows = 2_000_000

    /// Reads an export: an .xlsx (by its zip signature) or a CSV in UTF-8 (BOM or not) or GB18030.
    public static func read(bytes: [UInt8], path: String) throws(Diagnostic) -> ImportTable {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || path.lowercased().hasSuffix(".xlsx") {
            return try XLSXReader.read(bytes: bytes, path: path)
        }
        return try CSVTableReader.read(bytes: bytes, path: path)
    }
}
