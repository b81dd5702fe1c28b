import Concurrency
import Diagnostics
import ShopLoader
import ShopModel

/// The `check` and `report` commands, as functions from arguments to printed text and exit status.
public enum ShopCommands {
    /// `shopsite check [SHOP] [--format text|json] [--lang LANG]`: every error and warning (drafts included), sorted
    /// by path and line, in `language` (nil: the shop's); exit 1 on any error. In text form the messages go to stderr and
    /// a one-line summary to stdout; in JSON form the array goes to stdout and the summary to stderr.
    public static func check(shopPath: String, language: Language? = nil, format: DiagnosticFormat = .text) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        let result = ShopLoader.load(shopPath: shopPath, options: LoadOptions(includeDrafts: true))
        var diagnostics = result.diagnostics
        if let shop = result.checkable {  // the part that loaded is checked too: one file's error never hides another's
            // The templates are read and parsed on a thread of their own while the shop is checked (they need only the settings).
            let settings = shop.settings
            let templateErrors = Background { SiteTemplates.loadErrors(shopPath: shopPath, settings: settings) }
            let exists: @Sendable (String) -> Bool = { imageExists($0, shopPath: shopPath) }
            diagnostics.append(contentsOf: result.shop == nil ? CheckResults.ofPartial(result, imageExists: exists)
                                                              : CheckResults(shop: shop, imageExists: exists).all)
            // The photos' headers of every product that loaded: unreadable files and the size warnings, no pixels decoded.
            diagnostics.append(contentsOf: ProductPhotos.inspect(shop, contentPath: SiteBuild.contentFolder(of: shopPath)))
            diagnostics.append(contentsOf: templateErrors.value)
            if !diagnostics.hasErrors {
                diagnostics.append(contentsOf: SiteBuild.renderErrors(shopPath: shopPath, checked: result, reported: diagnostics))
            }
        }
        let errorCount = diagnostics.count(of: .error)
        let warningCount = diagnostics.count(of: .warning)
        var counts = ["errors": "\(errorCount)", "warnings": "\(warningCount)"]
        var summary = MessageCatalog.text("H-CHECK-COUNTS", counts, in: language)
        if let shop = result.shop {
            counts.merge(["products": "\(shop.products.count)", "customers": "\(shop.customers.count)",
                          "orders": "\(shop.orders.count)", "quotes": "\(shop.quotes.count)",
                          "promotions": "\(shop.promotions.count)", "pages": "\(shop.pages.count)"]) { a, _ in a }
            summary = MessageCatalog.text("H-CHECK-SUMMARY", counts, in: language)
        }
        let exitCode = errorCount > 0 ? CommandOutcome.contentErrors : CommandOutcome.success
        let outcome = format == .json
            ? CommandOutcome(stdout: DiagnosticJSON.array(diagnostics, in: language), stderr: summary + "\n", exitCode: exitCode)
            : CommandOutcome(stdout: summary + "\n", stderr: lines(diagnostics, in: language), exitCode: exitCode)
        BackgroundRelease.release((result, diagnostics))  // the whole shop and its messages: freed while they are printed
        return outcome
    }

    /// `shopsite report [SHOP] [--as-of DATE] [--lang LANG]`: the JSON report on stdout; on loading errors, the messages
    /// (in `language`, nil: the shop's) and exit 1. Loading warnings go to stderr; the checks beyond loading (banned
    /// words, …) are `check`'s and the build's.
    public static func report(shopPath: String, asOf: Day?, language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        let result = ShopLoader.load(shopPath: shopPath, options: LoadOptions(asOf: asOf, includeDrafts: false))
        guard let shop = result.shop else {
            return CommandOutcome(stderr: lines(result.diagnostics, in: language), exitCode: CommandOutcome.contentErrors)
        }
        var json = ShopReport(shop: shop).json
        if !json.hasSuffix("\n") { json += "\n" }
        let outcome = CommandOutcome(stdout: json, stderr: lines(result.diagnostics, in: language), exitCode: CommandOutcome.success)
        BackgroundRelease.release(result)  // the whole shop: freed while the report is printed
        return outcome
    }

    /// Whether a path relative to content/ names a file inside it (a path climbing out with `..` never does).
    static func imageExists(_ path: String, shopPath: String) -> Bool {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.contains(".."), !ContentPath.startsWithScheme(path) else { return false }
        return ContentFiles.targetType(shopPath + "/content/" + path) == .file
    }

    /// One line per diagnostic in `language`, sorted by path and line, ending in a newline (empty when none): the text of
    /// `DiagnosticList.formatted(in:)`, each message worded on every core (the 10k shop has 13,683 warnings).
    static func lines(_ diagnostics: DiagnosticList, in language: Language) -> String {
        diagnostics.items.isEmpty ? "" : diagnostics.sorted.parallelMap { $0.formatted(in: language) }.joined(separator: "\n") + "\n"
    }
}
