extension SiteStrings {
    /// UI strings still written in Swift by work in progress, as (key, zh-CN, en): `SiteStrings+<Branch>.swift` files
    /// declare `static let <branch>Entries` and add it here with one line (`+ ordersEntries`). They sit beneath the
    /// theme's YAML, so a key there or in the shop's `i18n/` wins; the merger moves them into `templates/i18n/*.yaml`.
    static let branchEntries: [(String, String, String)] = []
}
