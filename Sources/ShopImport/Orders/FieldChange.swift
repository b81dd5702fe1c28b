/// One front-matter field an import changed in an existing file, for the report of changes.
public struct FieldChange: Sendable, Hashable {
    /// The key (`status`).
    public var field: String
    /// The value before, nil when the key was absent.
    public var old: String?
    /// The value written.
    public var new: String
}
