/// Every diagnostic found in one pass, so a user sees all problems at once rather than the first.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The diagnostics, in the order they were found.
    public private(set) var items: [Diagnostic] = []

    /// An empty list.
    public init(_ items: [Diagnostic] = []) { self.items = items }

    /// Adds one diagnostic.
    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }

    /// Adds many diagnostics.
    public mutating func append(contentsOf other: some Sequence<Diagnostic>) { items.append(contentsOf: other) }

    /// Whether any item is an error.
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// How many items are of `severity`: the one count `check`, `build` and `serve` print, without copying a list.
    public func count(of severity: Severity) -> Int { items.count { $0.severity == severity } }

    /// Only the errors.
    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }

    /// Only the warnings.
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }

    /// The items sorted by path and line (messages without a location first), stable otherwise.
    public var sorted: [Diagnostic] {
        // The positions are sorted, not the diagnostics: a big shop has 10,000s of warnings, each a large value to move.
        let order = items.indices.sorted { a, b in
            switch (items[a].location, items[b].location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return true
            case (_?, nil): return false
            default: return a < b
            }
        }
        return order.map { items[$0] }
    }

    /// One line per diagnostic (notes indented), sorted, in English.
    public var description: String { formatted(in: .en) }

    /// One line per diagnostic (notes indented), sorted, in `language`.
    public func formatted(in language: Language) -> String {
        sorted.map { $0.formatted(in: language) }.joined(separator: "\n")
    }
}
