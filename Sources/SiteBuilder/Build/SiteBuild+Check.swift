import ShopLoader
import Concurrency
import Diagnostics

extension SiteBuild {
    /// The errors a plain `build` of the shop at `shopPath` would still stop on once `check`'s own checks found none:
    /// the site prepared exactly as `build` prepares it, every page rendered to memory and dropped, the assets checked
    /// as they would be copied and the search index made, with no output folder and nothing written anywhere.
    ///
    /// `checked` is check's load, drafts included. A plain build leaves drafts out, so a shop with drafts is loaded
    /// again without them: the pages rendered are exactly the build's (its lists without the drafts, no draft's page).
    /// Errors already in `reported` are not repeated.
    static func renderErrors(shopPath: String, checked: LoadResult, reported: DiagnosticList) -> [Diagnostic] {
        guard let shop = checked.shop else { return [] }
        let hasDrafts = shop.products.contains { $0.status == .draft } || shop.pages.contains { $0.draft }
        let loaded = hasDrafts ? ShopLoader.load(shopPath: shopPath, options: LoadOptions()) : checked
        var diagnostics = DiagnosticList()
        guard let site = prepare(BuildOptions(shopPath: shopPath), output: nil, loaded: loaded, diagnostics: &diagnostics) else {
            let known = Set(reported.items.map(\.description))
            return diagnostics.errors.filter { !known.contains($0.description) }
        }
        let errors = renderAll(site, into: DiscardingSink()).errors
        BackgroundRelease.release((consume site, consume loaded))  // the pages and their data, freed while the messages print
        return errors
    }

    /// What a build stopped by load errors would otherwise hide, so every error comes in one run: the checks of the
    /// part of the shop that loaded (see `CheckResults.ofPartial`) and the templates' errors.
    static func problemsBehindLoadErrors(_ loaded: LoadResult, shopPath: String,
                                         imageExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        guard let partial = loaded.partial else { return [] }
        return CheckResults.ofPartial(loaded, imageExists: imageExists)
            + SiteTemplates.loadErrors(shopPath: shopPath, settings: partial.settings)
    }
}
