/// The stable name of a message (`E-UNKNOWN-SKU`, `W-LATE-ORDER`, `H-USAGE`): E errors, W warnings, N notes, H help
/// and summaries. Its texts live in `MessageCatalog`; editors and CI match on the code, never on the text.
public struct MessageCode: Hashable, Sendable, Comparable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code as printed.
    public let rawValue: String

    /// A code from its text.
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// A code written as a literal at a call site: `.error("E-EMPTY-FILE", at: …)`.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The code itself.
    public var description: String { rawValue }

    /// Orders by the code's text.
    public static func < (a: MessageCode, b: MessageCode) -> Bool { a.rawValue < b.rawValue }
}
