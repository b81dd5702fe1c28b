/// A 1-based line and column (counted in Unicode scalars) inside one template.
struct SourcePosition: Sendable, Equatable {
    var line: Int32
    var column: Int32
    init(line: Int, column: Int) {
        self.line = Int32(truncatingIfNeeded: line)
        self.column = Int32(truncatingIfNeeded: column)
    }
    /// `line:column`, as shown inside messages that point back at an opening tag.
    var description: String { "\(line):\(column)" }
}
