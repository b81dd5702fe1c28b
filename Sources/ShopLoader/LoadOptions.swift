import ShopModel

/// How a shop is loaded: the reference date and whether draft content is kept.
public struct LoadOptions: Sendable {
    /// `--as-of`: overrides site.yaml's `as_of` (which overrides today).
    public var asOf: Day?
    /// `--drafts`: keep draft products and draft pages in the shop.
    public var includeDrafts: Bool

    /// Options with the given reference date and draft handling (defaults: no override, no drafts).
    public init(asOf: Day? = nil, includeDrafts: Bool = false) {
        self.asOf = asOf
        self.includeDrafts = includeDrafts
    }
}
