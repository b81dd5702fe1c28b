import Diagnostics

extension ShopChecks {
    /// Only the errors of `diagnostics(for:)` (banned terms in product titles), in the same order, without working
    /// out the warnings: what an import needs to say whether `check` would pass.
    public static func errors(for shop: Shop) -> [Diagnostic] {
        let settings = shop.settings
        let matcher = BannedTermMatcher(banned: BannedTerms.builtIn + settings.bannedWords, allowed: settings.allowedWords)
        return shop.products.flatMap { titleErrors($0, matcher: matcher) }
    }

    /// Banned terms in a product's title: the checks' only errors.
    static func titleErrors(_ product: Product, matcher: BannedTermMatcher) -> [Diagnostic] {
        matcher.hits(in: product.title).map { hit in
            .error("E-BANNED-TERM", ["term": hit.term], at: product.source.location(of: "title"))
        }
    }
}
