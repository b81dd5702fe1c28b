/// Which paid orders decide a customer's tier (`tier_basis:` in site.yaml).
public enum TierBasis: String, Sendable, Hashable, CaseIterable {
    /// Every paid order up to as_of (the default).
    case lifetime
    /// The paid orders dated in the 365 days ending at as_of (the guide's 年采购额).
    case last365Days = "last_365_days"
}
