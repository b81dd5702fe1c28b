import Diagnostics

/// What an import would do: the files to write (sorted by path), the problems found, and how much stayed as it was.
public struct ImportPlan: Sendable {
    /// The files to write, sorted by path.
    public var changes: [FileChange] = []
    /// Every error found; a plan with errors is never applied.
    public var diagnostics: [Diagnostic] = []
    /// Records (orders, traffic rows) the export holds.
    public var records = 0
    /// Records already in the shop exactly as exported.
    public var unchanged = 0

    /// Creates an empty plan.
    public init() {}

    /// Whether the plan can be applied.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// The plan with its changes sorted by path and its diagnostics by place.
    func sorted() -> ImportPlan {
        var copy = self
        copy.changes.sort { $0.path.utf8Precedes($1.path) }
        copy.diagnostics.sort { ($0.location ?? Location(path: "")) < ($1.location ?? Location(path: "")) }
        return copy
    }
}
