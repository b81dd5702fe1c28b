import Concurrency
import Diagnostics
import ShopLoader
import ShopModel

/// The `check` and `report` commands, as functions from arguments to printed text and exit status.
public enum ShopCommands {
    /// `shopsite check [SHOP]`: every error and warning (drafts included), sorted by path and line;
    /// exit 1 on any error. A one-line summary goes to stdout.
    public static func check(shopPath: String) -> CommandOutcome {
        let result = ShopLoader.load(shopPath: shopPath, options: LoadOptions(includeDrafts: true))
        var diagnostics = result.diagnostics
        if let shop = result.shop {
            diagnostics.append(contentsOf: ShopChecks.diagnostics(for: shop, imageExists: { imageExists($0, shopPath: shopPath) }))
            diagnostics.append(contentsOf: SiteTemplates.loadErrors(shopPath: shopPath, settings: shop.settings))
        }
        let errors = diagnostics.errors.count, warnings = diagnostics.warnings.count
        var summary = count(errors, "error") + ", " + count(warnings, "warning")
        if let shop = result.shop {
            let counts = [count(shop.products.count, "product"), count(shop.customers.count, "customer"),
                          count(shop.orders.count, "order"), count(shop.quotes.count, "quote"),
                          count(shop.promotions.count, "promotion"), count(shop.pages.count, "page")]
            summary = "checked " + counts.joined(separator: ", ") + ": " + summary
        }
        return CommandOutcome(stdout: summary + "\n", stderr: lines(diagnostics),
                              exitCode: diagnostics.hasErrors ? CommandOutcome.contentErrors : CommandOutcome.success)
    }

    /// `shopsite report [SHOP] [--as-of DATE]`: the JSON report on stdout; on loading errors, the messages and exit 1.
    /// Loading warnings go to stderr; the checks beyond loading (banned words, …) are `check`'s and the build's.
    public static func report(shopPath: String, asOf: Day?) -> CommandOutcome {
        let result = ShopLoader.load(shopPath: shopPath, options: LoadOptions(asOf: asOf, includeDrafts: false))
        guard let shop = result.shop else {
            return CommandOutcome(stderr: lines(result.diagnostics), exitCode: CommandOutcome.contentErrors)
        }
        var json = ShopReport(shop: shop).json
        if !json.hasSuffix("\n") { json += "\n" }
        let outcome = CommandOutcome(stdout: json, stderr: lines(result.diagnostics), exitCode: CommandOutcome.success)
        BackgroundRelease.release(result)  // the whole shop: freed while the report is printed
        return outcome
    }

    /// Whether a path relative to content/ names a file inside it (a path climbing out with `..` never does).
    static func imageExists(_ path: String, shopPath: String) -> Bool {
        let parts = path.split(separator: "/")
        guard !path.hasPrefix("/"), !parts.contains(".."), !AssetCopier.startsWithScheme(path) else { return false }
        return ContentFiles.targetType(shopPath + "/content/" + path) == .file
    }

    /// `1 error`, `2 errors`.
    private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// One line per diagnostic, sorted by path and line, ending in a newline (empty when none).
    static func lines(_ diagnostics: DiagnosticList) -> String {
        diagnostics.items.isEmpty ? "" : diagnostics.description + "\n"
    }
}
