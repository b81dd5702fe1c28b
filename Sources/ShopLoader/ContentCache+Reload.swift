extension ContentCache {
    /// Loads the shop at `shopPath` as `ShopLoader.load(shopPath:options:)` does, reading again only the files this
    /// cache does not hold (see `invalidate(_:)`) and keeping every file's decoded result for the next reload. When
    /// only entity files changed in place since the last successful reload, that load is patched rather than
    /// assembled again, and the second value says what the patch changed (nil after a whole load). The shop and
    /// messages are the same as a one-shot load of the same files.
    public mutating func reload(shopPath: String, options: LoadOptions) -> (LoadResult, LoadChanges?) {
        ShopLoader.load(shopPath: shopPath, options: options, cache: &self)
    }
}
