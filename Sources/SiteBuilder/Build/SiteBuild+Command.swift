import Diagnostics

extension SiteBuild {
    /// `shopsite build …` as printed text and exit status: diagnostics on stderr (sorted), a summary on stdout.
    public static func command(_ options: BuildOptions) -> CommandOutcome {
        let outcome = run(options)
        let messages = outcome.diagnostics.items.isEmpty ? "" : outcome.diagnostics.description + "\n"
        let errors = outcome.diagnostics.errors.count, warnings = outcome.diagnostics.warnings.count
        var summary = ""
        if outcome.succeeded {
            summary = "built \(outcome.pages) pages (\(outcome.files) files) into \(outcome.outputPath): "
                + "\(warnings) \(warnings == 1 ? "warning" : "warnings")\n"
        }
        let tail = outcome.succeeded ? "" : "build failed: \(errors) \(errors == 1 ? "error" : "errors"); the previous output is unchanged\n"
        return CommandOutcome(stdout: summary, stderr: messages + tail, exitCode: outcome.exitCode)
    }
}
