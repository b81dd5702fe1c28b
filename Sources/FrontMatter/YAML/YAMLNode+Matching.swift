extension YAMLNode {
    /// Whether this is a scalar whose text is exactly `text` (lengths compared first: keys rarely share one).
    public func hasScalar(_ text: String) -> Bool {
        guard case .scalar(let own) = kind else { return false }
        return own.utf8.count == text.utf8.count && own == text
    }
}
