import Diagnostics
import Foundation
import ShopModel
import TemplateEngine

/// `shopsite build`: load, check, render every page in parallel into a staging folder, copy assets, and swap
/// the new site in only when nothing failed, so a failed build leaves the previous output exactly as it was.
public enum SiteBuild {
    /// Runs one whole build and reports every diagnostic; never throws, never leaves a half-written site.
    public static func run(_ options: BuildOptions) -> BuildOutcome {
        var diagnostics = DiagnosticList()
        let requestedOutput = options.resolvedOutputPath
        func failed(_ status: Int32 = 1, output: String = requestedOutput) -> BuildOutcome {
            BuildOutcome(diagnostics: diagnostics, outputPath: output, exitCode: status)
        }
        let output: OutputFolder
        do throws(Diagnostic) {
            output = try OutputFolder(path: requestedOutput, shopPath: options.shopPath)
        } catch {
            diagnostics.append(error)
            return failed(2)
        }
        let loaded = ShopLoader.load(shopPath: options.shopPath,
                                     options: LoadOptions(asOf: options.asOf, includeDrafts: options.includeDrafts))
        diagnostics.append(contentsOf: loaded.diagnostics.items)
        guard let shop = loaded.shop, !diagnostics.hasErrors else { return failed(output: output.path) }
        let contentPath = contentFolder(of: options.shopPath)
        diagnostics.append(contentsOf: ShopChecks.diagnostics(for: shop, imageExists: { path in
            AssetCopier.isSafe(path) && FileManager.default.fileExists(atPath: contentPath + "/" + path)
        }))
        guard !diagnostics.hasErrors else { return failed(output: output.path) }
        guard let themePath = BuiltinTheme.path() else {
            diagnostics.append(.error("cannot find the built-in theme (templates/ with base.html); set SHOPSITE_THEME"))
            return failed(output: output.path)
        }
        let shopTemplates = (options.shopPath.hasSuffix("/") ? options.shopPath : options.shopPath + "/") + "templates"
        let data = SiteData(shop: shop, excludedDrafts: loaded.excludedDrafts, audience: options.audience,
                            warnings: diagnostics.sorted.filter { $0.severity == .warning })
        let library = SiteTemplates.library(shopTemplates: shopTemplates, theme: themePath, settings: shop.settings,
                                            globals: data.globals)
        diagnostics.append(contentsOf: SiteTemplates.pageTemplateErrors(library))
        guard !diagnostics.hasErrors else { return failed(output: output.path) }
        let pages = PageList.pages(for: data)
        let staging: StagingFolder
        do throws(Diagnostic) { staging = try output.stage() } catch {
            diagnostics.append(error)
            return failed(output: output.path)
        }
        let rendered = PageRenderer.render(pages, data: data, library: library, into: staging)
        diagnostics.append(contentsOf: rendered.errors)
        var files = rendered.files
        let assets = AssetCopier.copy(contentAssets: contentPath + "/assets", themeAssets: [shopTemplates + "/assets", themePath + "/assets"],
                                      into: staging)
        diagnostics.append(contentsOf: assets.errors)
        files += assets.files
        do throws(Diagnostic) {
            try staging.write(SearchIndex.json(for: data), to: "search-index.json")
            files += 1
        } catch { diagnostics.append(error) }
        BackgroundRelease.release((consume data, consume pages, consume library))  // freed on another thread while the site is swapped in
        guard !diagnostics.hasErrors else {
            staging.discard()
            return failed(output: output.path)
        }
        do throws(Diagnostic) { try staging.commit() } catch {
            staging.discard()
            diagnostics.append(error)
            return failed(output: output.path)
        }
        return BuildOutcome(diagnostics: diagnostics, pages: rendered.pages, files: files + 1, outputPath: output.path, exitCode: 0)
    }

    /// `SHOP/content`.
    static func contentFolder(of shopPath: String) -> String {
        (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "content"
    }
}
