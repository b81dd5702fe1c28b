/// A place in a shop file: a path relative to the shop, a 1-based line and column (0 when unknown).
public struct Location: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, relative to the shop folder (`content/quotes/Q-1.md`).
    public var path: String
    /// The 1-based line, or 0 when the message concerns the whole file.
    public var line: Int
    /// The 1-based column, or 0 when unknown.
    public var column: Int

    /// Creates a location; line and column default to "unknown".
    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The same file at another line and column.
    public func at(line: Int, column: Int = 0) -> Location {
        Location(path: path, line: line, column: column)
    }

    /// `path`, `path:line` or `path:line:column`, as compilers print them.
    public var description: String {
        guard line > 0 else { return path }
        return column > 0 ? "\(path):\(line):\(column)" : "\(path):\(line)"
    }

    /// Orders by path (code points), then line, then column.
    public static func < (a: Location, b: Location) -> Bool {
        if a.path != b.path { return a.path.unicodeScalars.lexicographicallyPrecedes(b.path.unicodeScalars) }
        if a.line != b.line { return a.line < b.line }
        return a.column < b.column
    }
}
