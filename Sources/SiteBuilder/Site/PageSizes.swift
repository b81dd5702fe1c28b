/// How many entries one page of a paginated list holds, and how many rows a capped analytics table shows.
/// Not a site.yaml setting: builds use the defaults, tests inject small sizes through `BuildOptions.pageSizes`.
struct PageSizes: Sendable, Equatable {
    /// Product cards per catalog page.
    var catalog = 60
    /// Rows per page of the customers, quotes and orders lists.
    var list = 100
    /// Rows an analytics table shows before pointing at its full CSV.
    var analyticsRows = 100

    /// The sizes, each at least 1.
    init(catalog: Int = 60, list: Int = 100, analyticsRows: Int = 100) {
        self.catalog = max(1, catalog)
        self.list = max(1, list)
        self.analyticsRows = max(1, analyticsRows)
    }
}
