/// A front-matter value kept as written, for keys the model does not know (they reach templates as `params`).
public indirect enum ParamValue: Hashable, Sendable {
    /// A YAML null (`~`, empty).
    case null
    /// A scalar, as its text (`"18"`, `"纯棉"`, `"true"`).
    case string(String)
    /// A sequence.
    case list([ParamValue])
    /// A mapping, in the order written.
    case map([ParamEntry])
}

/// One key and value of a mapping, in written order.
public struct ParamEntry: Hashable, Sendable {
    /// The key.
    public var key: String
    /// The value.
    public var value: ParamValue

    /// Creates an entry.
    public init(key: String, value: ParamValue) {
        self.key = key
        self.value = value
    }
}
