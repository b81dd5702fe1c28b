import Diagnostics

extension SiteBuild {
    /// `shopsite build …` as printed text and exit status: diagnostics on stderr (sorted), a summary on stdout, in
    /// `language` (nil: `--lang` was not given, so site.yaml's `locale`, else the environment's).
    public static func command(_ options: BuildOptions, language: Language? = nil) -> CommandOutcome {
        let language = MessageLanguage.forShop(explicit: language, shopPath: options.shopPath)
        let outcome = run(options)
        let messages = outcome.diagnostics.items.isEmpty ? "" : outcome.diagnostics.formatted(in: language) + "\n"
        let counts = ["errors": "\(outcome.diagnostics.count(of: .error))", "warnings": "\(outcome.diagnostics.count(of: .warning))",
                      "pages": "\(outcome.pages)", "files": "\(outcome.files)", "output": outcome.outputPath]
        var summary = ""
        if outcome.succeeded { summary = MessageCatalog.text("H-BUILD-SUMMARY", counts, in: language) + "\n" }
        let tail = outcome.succeeded ? "" : MessageCatalog.text("H-BUILD-FAILED", counts, in: language) + "\n"
        return CommandOutcome(stdout: summary, stderr: messages + tail, exitCode: outcome.exitCode)
    }
}
