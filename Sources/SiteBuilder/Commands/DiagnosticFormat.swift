/// How `check` prints its diagnostics: `path:line: error: text` lines, or one JSON array for editors and CI.
public enum DiagnosticFormat: String, Sendable, Hashable {
    /// `path:line:col: error: text` on stderr, a summary on stdout.
    case text
    /// `[{path, line, column, severity, code, message}]` on stdout, the summary on stderr.
    case json
}
