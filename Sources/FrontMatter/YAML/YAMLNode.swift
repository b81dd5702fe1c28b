/// One node of a parsed YAML document — scalar, sequence or mapping — with the file line and column it starts at.
public struct YAMLNode: Sendable, Hashable {
    /// What a node holds.
    public enum Kind: Sendable, Hashable {
        /// A scalar's text, exactly as YAML resolved it (quotes removed, escapes applied).
        case scalar(String)
        /// The items of a sequence, in order.
        case sequence([YAMLNode])
        /// The key/value pairs of a mapping, in file order.
        case mapping([YAMLPair])
    }

    /// The node's content.
    public var kind: Kind
    /// The 1-based line in the file (the front matter's offset applied).
    public var line: Int
    /// The 1-based column.
    public var column: Int
    /// Whether this is an unquoted, untagged-as-string scalar, so `18` can be told from `"18"` and `~` from `"~"`.
    public var isPlainScalar: Bool

    /// Creates a node.
    public init(kind: Kind, line: Int, column: Int, isPlainScalar: Bool = false) {
        self.kind = kind
        self.line = line
        self.column = column
        self.isPlainScalar = isPlainScalar
    }

    /// Whether this is a plain null: an empty plain scalar, `~`, `null`, `Null` or `NULL`.
    public var isNull: Bool {
        guard isPlainScalar, case .scalar(let text) = kind else { return false }
        // Most values are not null: rule them out by length and first byte before comparing texts.
        let utf8 = text.utf8
        guard let first = utf8.first else { return true }
        guard utf8.count <= 4, first == UInt8(ascii: "~") || first == UInt8(ascii: "n") || first == UInt8(ascii: "N") else {
            return false
        }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// The text when this is a scalar, else nil.
    public var scalar: String? {
        if case .scalar(let text) = kind { return text }
        return nil
    }

    /// The items when this is a sequence, else nil.
    public var items: [YAMLNode]? {
        if case .sequence(let items) = kind { return items }
        return nil
    }

    /// The pairs when this is a mapping, else nil.
    public var pairs: [YAMLPair]? {
        if case .mapping(let pairs) = kind { return pairs }
        return nil
    }

    /// The value of the first pair whose key is the scalar `key`, or nil (also when this is not a mapping).
    public subscript(key: String) -> YAMLNode? {
        pairs?.first { $0.key.scalar == key }?.value
    }
}
