/// A typed identifier: `ID<Product>` (a `SKU`) cannot be passed where a `CustomerID` is expected.
public struct ID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The id as written in content: `HD-T001`, `C-0001`.
    public var rawValue: String

    /// Wraps an id string (validated by the loader against `[A-Za-z0-9][A-Za-z0-9._-]*`).
    public init(_ rawValue: String) { self.rawValue = rawValue }

    /// Allows `let sku: SKU = "HD-T001"` in tests and fixtures.
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The raw id.
    public var description: String { rawValue }

    /// Orders by Unicode code points, as the report's lists are sorted (UTF-8 bytes sort in code-point order).
    public static func < (a: ID, b: ID) -> Bool {
        a.rawValue.utf8.lexicographicallyPrecedes(b.rawValue.utf8)
    }

    /// The most characters an id may have: it becomes a file name (`products/ID.html`), so it must fit one with room
    /// to spare on every file system.
    public static var maximumLength: Int { 100 }

    /// Whether a string is a valid id: `[A-Za-z0-9][A-Za-z0-9._-]*` and at most `maximumLength` characters
    /// (so it is a safe URL path segment and file name).
    public static func isValid(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLength else { return false }
        var first = true
        for b in text.utf8 {
            let alnum = (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122)
            guard alnum || (!first && (b == 46 || b == 95 || b == 45)) else { return false }
            first = false
        }
        return !first
    }
}

/// A product's stock-keeping unit, its id.
public typealias SKU = ID<Product>
/// A customer's id.
public typealias CustomerID = ID<Customer>
/// An order's id.
public typealias OrderID = ID<Order>
/// A quote's id (the quote number).
public typealias QuoteID = ID<Quote>
/// A promotion's id.
public typealias PromotionID = ID<Promotion>
/// A sales rep's id (`reps[].id` in site.yaml).
public typealias RepID = ID<SalesRep>
