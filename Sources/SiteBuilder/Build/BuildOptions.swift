import ShopModel

/// What `shopsite build` was asked to do: which shop, where to write, as of which day, for whom.
public struct BuildOptions: Sendable {
    /// The shop folder (holding `content/`).
    public var shopPath: String
    /// The output folder; nil means `SHOP/public`.
    public var outputPath: String?
    /// `--as-of`: overrides site.yaml's `as_of`.
    public var asOf: Day?
    /// `--drafts`: draft products and pages are built too.
    public var includeDrafts: Bool
    /// Who the site is for: the whole internal site, or the public catalog only.
    public var audience: Audience
    /// Entries per page of the paginated lists (internal: tests make them small; site.yaml has no such key).
    var pageSizes = PageSizes()

    /// Options for one build; defaults are those of a plain `shopsite build`.
    public init(shopPath: String, outputPath: String? = nil, asOf: Day? = nil, includeDrafts: Bool = false,
                audience: Audience = .internal) {
        self.shopPath = shopPath
        self.outputPath = outputPath
        self.asOf = asOf
        self.includeDrafts = includeDrafts
        self.audience = audience
    }

    /// The output folder actually used.
    public var resolvedOutputPath: String {
        if let outputPath { return outputPath }
        return (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "public"
    }
}
