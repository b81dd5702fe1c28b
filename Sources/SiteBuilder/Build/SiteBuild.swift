import Concurrency
import Diagnostics
import Foundation
import ShopLoader
import ShopModel
import SiteOutput
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
        guard let site = prepare(options, output: output, loaded: loaded, diagnostics: &diagnostics) else {
            return failed(output: output.path)
        }
        let outcome = writeWhole(site, diagnostics: diagnostics)
        BackgroundRelease.release((consume site, consume loaded))  // the whole shop and its pages, freed while the diagnostics print
        return outcome
    }

    /// `SHOP/content`.
    static func contentFolder(of shopPath: String) -> String {
        (shopPath.hasSuffix("/") ? shopPath : shopPath + "/") + "content"
    }
}
