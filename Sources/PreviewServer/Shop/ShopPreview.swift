import Diagnostics
import Foundation
import SiteBuilder
import SiteOutput

/// `shopsite serve`: a `PreviewSession` whose rebuilds are a `BuildSession` of the shop, writing into the shop's
/// usual output folder (`SHOP/public`, guarded like `build`), so what is previewed is exactly what `build` writes;
/// the live-reload script is injected by the server, never written to the files.
public enum ShopPreview {
    /// The session for a shop (not started): watches `content/` and `templates/`, serves `SHOP/public`.
    /// Throws the refusal when the output folder may not be used (exit status 2). A failed rebuild's errors are
    /// shown in `language`.
    public static func session(shopPath: String, port: Int, quietMilliseconds: Int = 100, language: Language = .en,
                               log: @escaping @Sendable (String) -> Void = PreviewSession.printToStandardError)
        throws(Diagnostic) -> PreviewSession {
        let options = BuildOptions(shopPath: shopPath)
        let output = try OutputFolder(path: options.resolvedOutputPath, shopPath: shopPath)
        let builds = BuildSession(options: options)
        let timing = ProcessInfo.processInfo.environment["SHOPSITE_TIMING"].map { !$0.isEmpty && $0 != "0" } ?? false
        return PreviewSession(outputRoot: output.path, watchBase: shopPath, watchRoots: ["content", "templates", "i18n"], port: port,
                              quietMilliseconds: quietMilliseconds, language: language, log: log) { changed in
            let result = builds.build(changed: changed)
            let outcome = result.outcome
            if outcome.succeeded {
                let warnings = outcome.diagnostics.count(of: .warning)
                if changed.isEmpty || warnings > 0 && result.mode != .incremental {
                    log(MessageCatalog.text("H-SERVE-PAGES", ["pages": "\(outcome.pages)", "warnings": "\(warnings)"], in: language))
                }
                if case .full(let reason) = result.mode, !changed.isEmpty {
                    log(MessageCatalog.text("H-SERVE-FULL", ["reason": reason.text(in: language)], in: language))
                }
                if timing && !result.phases.isEmpty { log("  " + result.phases.joined(separator: " · ")) }
                return .success(())
            }
            let problems = DiagnosticList(outcome.diagnostics.errors)
            return .failure(PreviewBuildError(problems.formatted(in: language)))
        }
    }

    /// `shopsite serve [SHOP] [--port N]`: runs until Ctrl-C (exit 0); a refused output folder or a port that
    /// cannot be bound ends it at once with status 2. Errors are printed in `language` (nil: the shop's).
    public static func command(shopPath: String, port: Int, language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: shopPath)
        guard FileSystemCheck.isFolder(shopPath + "/content") else {
            let error = Diagnostic.error("E-NO-CONTENT-FOLDER", ["shop": shopPath])
            return CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: CommandOutcome.badUsage)
        }
        do {
            let session = try ShopPreview.session(shopPath: shopPath, port: port, language: language)
            try session.runUntilInterrupted()
            return CommandOutcome(exitCode: CommandOutcome.success)
        } catch let error as Diagnostic {
            return CommandOutcome(stderr: error.formatted(in: language) + "\n", exitCode: CommandOutcome.badUsage)
        } catch {
            return CommandOutcome(stderr: "error: \(error)\n", exitCode: CommandOutcome.badUsage)
        }
    }
}
