/// One file an import writes: its path in the shop, its new bytes and what changed, for the printed report.
public struct FileChange: Sendable, Hashable {
    /// What happens to the file.
    public enum Kind: String, Sendable, Hashable { case created, updated }

    /// The path relative to the shop (`content/orders/2025-11/O-1.md`).
    public var path: String
    /// The whole new file.
    public var bytes: [UInt8]
    /// Created or updated.
    public var kind: Kind
    /// The fields changed in an updated file (empty for a new one).
    public var fields: [FieldChange] = []

    /// Creates a change.
    public init(path: String, bytes: [UInt8], kind: Kind, fields: [FieldChange] = []) {
        self.path = path
        self.bytes = bytes
        self.kind = kind
        self.fields = fields
    }
}
