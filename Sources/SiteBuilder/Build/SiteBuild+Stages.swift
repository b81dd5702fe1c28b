import Concurrency
import Diagnostics
import Foundation
import ShopLoader
import ShopModel
import SiteOutput
import TemplateEngine

extension SiteBuild {
    /// Checks a loaded shop, indexes it and parses the templates (or reuses `library`, whose globals must then
    /// still fit the shop); nil when any error was found, which is then in `diagnostics`.
    static func prepare(_ options: BuildOptions, output: OutputFolder?, loaded: LoadResult, library reused: TemplateLibrary? = nil,
                        imageExists: (@Sendable (String) -> Bool)? = nil, diagnostics: inout DiagnosticList) -> PreparedSite? {
        let lookups = ImageLookups(contentPath: contentFolder(of: options.shopPath))
        let exists: @Sendable (String) -> Bool = imageExists ?? { lookups.exists($0) }
        guard let shop = loadedShop(options, loaded: loaded, imageExists: exists, diagnostics: &diagnostics) else { return nil }
        // The data is indexed on another thread while the shop is checked; the check warnings are added after.
        let excludedDrafts = loaded.excludedDrafts, audience = options.audience, pageSizes = options.pageSizes
        let indexed = Background {
            SiteIndex(shop: shop, excludedDrafts: excludedDrafts, audience: audience, warnings: [], pageSizes: pageSizes)
        }
        let checks = CheckResults(shop: shop, imageExists: exists)
        return prepare(options, output: output, loaded: loaded, shop: shop, checks: checks, indexed: { indexed.value }, library: reused,
                       imageLookups: imageExists == nil ? lookups : nil, diagnostics: &diagnostics)
    }

    /// Whether an image named by the shop exists: `imageExists` when given, else a look in `SHOP/content`.
    static func imageTest(_ options: BuildOptions, _ imageExists: (@Sendable (String) -> Bool)?) -> @Sendable (String) -> Bool {
        let lookups = ImageLookups(contentPath: contentFolder(of: options.shopPath))
        return imageExists ?? { lookups.exists($0) }
    }

    /// The loaded shop with the load's messages added to `diagnostics`; nil after a load error, with the problems
    /// the checks find behind it added too.
    static func loadedShop(_ options: BuildOptions, loaded: LoadResult, imageExists: @escaping @Sendable (String) -> Bool,
                           diagnostics: inout DiagnosticList) -> Shop? {
        diagnostics.append(contentsOf: loaded.diagnostics.items)
        guard let shop = loaded.shop, !diagnostics.hasErrors else {
            diagnostics.append(contentsOf: problemsBehindLoadErrors(loaded, shopPath: options.shopPath, imageExists: imageExists))
            return nil
        }
        return shop
    }

    /// Prepares a checked shop whose index is being made (`indexed` waits for it): the theme, the photos (their stamps
    /// from `imageLookups` when the checks looked at them), the words, the pages (`pages` lists them from the index) and
    /// the templates; nil when any error was found, which is then in `diagnostics`.
    static func prepare(_ options: BuildOptions, output: OutputFolder?, loaded: LoadResult, shop: Shop, checks: CheckResults,
                        indexed: () -> SiteIndex, pages listPages: @escaping @Sendable (SiteIndex) -> [SitePage] = PageList.pages(for:),
                        library reused: TemplateLibrary?, imageLookups: ImageLookups? = nil,
                        diagnostics: inout DiagnosticList) -> PreparedSite? {
        let contentPath = contentFolder(of: options.shopPath)
        diagnostics.append(contentsOf: checks.all)
        guard !diagnostics.hasErrors else {  // what a fixed shop would still stop on: broken photos, template errors
            diagnostics.append(contentsOf: ProductPhotos.inspect(shop, contentPath: contentPath))
            diagnostics.append(contentsOf: SiteTemplates.loadErrors(shopPath: options.shopPath, settings: shop.settings))
            return nil
        }
        guard let themePath = BuiltinTheme.path() else {
            diagnostics.append(.error("E-NO-THEME"))
            return nil
        }
        let shopTemplates = (options.shopPath.hasSuffix("/") ? options.shopPath : options.shopPath + "/") + "templates"
        let photos = ProductPhotos.develop(shop, shopPath: options.shopPath, outputPath: output?.path, contentPath: contentPath,
                                           themeFolders: [shopTemplates, themePath], seen: imageLookups?.statuses ?? [:],
                                           diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let warnings = diagnostics.sorted.filter { $0.severity == .warning }
        let index = SiteIndex(copying: indexed(), warnings: warnings)
        let strings = SiteStrings.load(locale: shop.settings.locale, theme: themePath, shopPath: options.shopPath)
        diagnostics.append(contentsOf: strings.diagnostics)
        let linksPDFs = options.outputPath == nil && options.audience == .internal
        let inputs = PageInputs(index: index, text: PageText(strings: strings.strings, symbol: shop.settings.currencySymbol), photos: photos,
                                quotePDFs: QuotePDFPath.existing(shopPath: options.shopPath, linked: linksPDFs, quotes: shop.quotes))
        let pages = Background { listPages(index) }  // listed while the templates are parsed
        let library = reused ?? SiteTemplates.library(shopTemplates: shopTemplates, theme: themePath, settings: shop.settings,
                                                      globals: inputs.globals)
        diagnostics.append(contentsOf: SiteTemplates.pageTemplateErrors(library))
        diagnostics.append(contentsOf: strings.strings.missingKeyErrors(in: library, locale: shop.settings.locale))
        guard !diagnostics.hasErrors else { return nil }
        // `site` and `t` are the same for every page of the build: the engine folds what reads only them, once; `root`
        // takes one value per folder depth, and each gets a library with it folded too, made when first used.
        return PreparedSite(output: output, loaded: loaded, inputs: inputs,
                            library: library.specialized(constants: ["site", "t"], varying: "root"),
                            pages: pages.value, contentPath: contentPath, shopTemplates: shopTemplates, themePath: themePath,
                            checks: checks)
    }

    /// Renders every page, copies the assets and writes the search index into a staging folder, then swaps it in
    /// for the output; on any error the staging folder is dropped and the output stays as it was.
    static func writeWhole(_ site: PreparedSite, diagnostics: DiagnosticList) -> BuildOutcome {
        var diagnostics = diagnostics
        let outputPath = site.output?.path ?? ""
        func failed() -> BuildOutcome { BuildOutcome(diagnostics: diagnostics, outputPath: outputPath, exitCode: 1) }
        let staging: StagingFolder
        do throws(Diagnostic) {
            guard let output = site.output else { throw .error("E-WRITE-FILE", ["reason": "the site was prepared without an output folder"]) }
            staging = try output.stage()
        } catch {
            diagnostics.append(error)
            return failed()
        }
        let rendered = renderAll(site, into: staging)
        diagnostics.append(contentsOf: rendered.errors)
        guard !diagnostics.hasErrors else {
            staging.discard()
            return failed()
        }
        do throws(Diagnostic) { try staging.commit() } catch {
            staging.discard()
            diagnostics.append(error)
            return failed()
        }
        BackgroundRelease.release(consume staging)  // the sets of written files and folders, tens of thousands of paths
        return BuildOutcome(diagnostics: diagnostics, pages: rendered.pages, files: rendered.files + 1, outputPath: outputPath, exitCode: 0)
    }

    /// Renders every page into `sink` while the assets are copied and the search index written beside them: the pages
    /// rendered, the files made, and every error (the pages' in page order, then the assets' and the index's). With
    /// `sample` (check's), only the pages it picks are rendered; the others' paths are checked.
    static func renderAll(_ site: PreparedSite, into sink: some PageSink,
                          sample: CheckSample? = nil) -> (pages: Int, files: Int, errors: [Diagnostic]) {
        // The assets and the search index are written on another thread while the pages render.
        let extras = Background { writeAssetsAndSearchIndex(site, into: sink) }
        let rendered = PageRenderer.render(site.pages, data: site.inputs, library: site.library, into: sink, sample: sample)
        let written = extras.value
        return (rendered.pages, rendered.files + written.files, rendered.errors + written.errors)
    }

    /// Copies the assets, links the derived photos (kept when the reused tree holds the link already, copied where no
    /// link can be made) and writes `search-index.json` and `.js`: the files written and the errors.
    private static func writeAssetsAndSearchIndex(_ site: PreparedSite, into sink: some PageSink) -> (files: Int, errors: [Diagnostic]) {
        var (files, errors) = AssetCopier.copy(contentAssets: site.contentPath + "/assets",
                                               themeAssets: [site.shopTemplates + "/assets", site.themePath + "/assets"], into: sink)
        do throws(Diagnostic) {
            let json = SearchIndex.json(for: site.inputs)
            try sink.write(json, to: "search-index.json")
            try sink.write(SearchIndex.script(json: json), to: "search-index.js")
            files += 2
        } catch { errors.append(error) }
        let linked = sink.placeLinks(site.inputs.photos.links)
        return (files + linked.placed, errors + linked.errors)
    }
}
