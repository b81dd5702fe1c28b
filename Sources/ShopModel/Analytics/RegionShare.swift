/// A region's part of a window's paid order totals.
public struct RegionShare: Hashable, Sendable {
    /// The customer's province, "" when the customer has none.
    public var region: String
    /// Sum of the region's paid order totals in the window.
    public var gmv: Money
    /// gmv / the window's GMV, nil when the window's GMV is zero.
    public var share: Double?

    /// Creates a share.
    public init(region: String, gmv: Money, share: Double?) {
        self.region = region
        self.gmv = gmv
        self.share = share
    }
}
