import Diagnostics
import ShopModel

/// What loading a shop folder gave: the shop (nil when any error was found) and every diagnostic.
public struct LoadResult: Sendable {
    /// The shop, or nil when `diagnostics` holds an error.
    public var shop: Shop?
    /// Every error and warning of every file, in the order found (use `.sorted` to print).
    public var diagnostics: DiagnosticList
    /// The shop as far as it loaded when errors were found (every entity whose file decoded and whose references
    /// resolved), so the checks can report in the same run; nil when `shop` is set or the content could not be walked.
    public var partial: Shop?
    /// Draft products left out of `shop.products` (empty with `includeDrafts`); orders and quotes may name them.
    public var excludedDrafts: [Product]
    /// A number told to each successful load of a content cache (0 for a one-shot load).
    public var generation = 0
    /// How many of the diagnostics are traffic.csv's (they come last).
    var trailingDiagnostics = 0

    /// The shop to run the checks on: the loaded one, else the part that loaded.
    public var checkable: Shop? { shop ?? partial }

    /// Creates a result.
    public init(shop: Shop?, diagnostics: DiagnosticList, excludedDrafts: [Product] = []) {
        self.shop = shop
        self.diagnostics = diagnostics
        self.excludedDrafts = excludedDrafts
    }
}
