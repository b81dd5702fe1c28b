import ShopLoader
import Concurrency
import Diagnostics
import ShopModel

extension SiteBuild {
    /// The errors a plain `build` of the shop at `shopPath` would still stop on once `check`'s own checks found none,
    /// with no output folder and nothing written anywhere: the product photos developed and the assets checked as they
    /// would be copied. When the shop has templates of its own, the site is prepared exactly as `build` prepares it and
    /// the pages of `CheckSample` (every page using one of the shop's templates) are rendered to memory and dropped,
    /// the other pages' paths checked. The built-in theme's pages are not rendered: its runtime errors are shopsite's,
    /// caught by its tests, and rendering 48,000 pages made `check` take seconds on a 10,000-product shop.
    ///
    /// `checked` is check's load, drafts included. A plain build leaves drafts out, so a shop with drafts is loaded
    /// again without them: the pages rendered are exactly the build's (its lists without the drafts, no draft's page).
    /// Errors already in `reported` are not repeated.
    static func renderErrors(shopPath: String, checked: LoadResult, reported: DiagnosticList) -> [Diagnostic] {
        guard let shop = checked.shop else { return [] }
        let hasDrafts = shop.products.contains { $0.status == .draft } || shop.pages.contains { $0.draft }
        guard CheckSample.shopHasTemplates(shopPath) else {
            return copyErrors(shopPath: shopPath, shop: hasDrafts ? ShopLoader.load(shopPath: shopPath, options: LoadOptions()).shop : shop)
        }
        let loaded = hasDrafts ? ShopLoader.load(shopPath: shopPath, options: LoadOptions()) : checked
        var diagnostics = DiagnosticList()
        guard let site = prepare(BuildOptions(shopPath: shopPath), output: nil, loaded: loaded, diagnostics: &diagnostics) else {
            let known = Set(reported.items.map(\.description))
            return diagnostics.errors.filter { !known.contains($0.description) }
        }
        let sample = CheckSample(pages: site.pages, library: site.library, shopTemplates: site.shopTemplates)
        let errors = renderAll(site, into: DiscardingSink(), sample: sample).errors
        BackgroundRelease.release((consume site, consume loaded))  // the pages and their data, freed while the messages print
        return errors
    }

    /// What a build of a shop using only the built-in theme could still stop on after its checks: an asset that could
    /// not be copied. Photos are not developed here (check writes nothing, not even the photo cache): their headers
    /// were read by `ProductPhotos.inspect`, so only a file whose pixels libvips cannot decode is left to `build`.
    static func copyErrors(shopPath: String, shop: Shop?) -> [Diagnostic] {
        guard shop != nil, let themePath = BuiltinTheme.path() else { return [] }  // no theme: loadErrors reported it
        let contentPath = contentFolder(of: shopPath)
        let shopTemplates = (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "templates"
        return AssetCopier.copy(contentAssets: contentPath + "/assets", themeAssets: [shopTemplates + "/assets", themePath + "/assets"],
                                into: DiscardingSink()).errors
    }

    /// What a build stopped by load errors would otherwise hide, so every error comes in one run: the checks of the
    /// part of the shop that loaded (see `CheckResults.ofPartial`), its photos' headers and the templates' errors.
    static func problemsBehindLoadErrors(_ loaded: LoadResult, shopPath: String,
                                         imageExists: @escaping @Sendable (String) -> Bool) -> [Diagnostic] {
        guard let partial = loaded.partial else { return [] }
        return CheckResults.ofPartial(loaded, imageExists: imageExists)
            + ProductPhotos.inspect(partial, contentPath: contentFolder(of: shopPath))
            + SiteTemplates.loadErrors(shopPath: shopPath, settings: partial.settings)
    }
}
