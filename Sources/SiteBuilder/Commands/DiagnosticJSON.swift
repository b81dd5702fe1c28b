import Diagnostics
import TextEscaping

/// `check --format json`: every diagnostic as `{path, line, column, severity, code, message}` in one array, sorted
/// as the text form; a diagnostic's notes follow it as entries of severity `note`. Unknown values are null.
enum DiagnosticJSON {
    /// The array, one object a line, ending in a newline.
    static func array(_ diagnostics: DiagnosticList, in language: Language) -> String {
        var objects: [String] = []
        for diagnostic in diagnostics.sorted {
            objects.append(object(diagnostic, in: language))
            for note in diagnostic.notes { objects.append(object(note, in: language)) }
        }
        guard !objects.isEmpty else { return "[]\n" }
        return "[\n  " + objects.joined(separator: ",\n  ") + "\n]\n"
    }

    /// One diagnostic as a JSON object on one line.
    static func object(_ diagnostic: Diagnostic, in language: Language) -> String {
        let location = diagnostic.location
        let members = [
            ("path", location.map { JSONEscaper.quoted($0.path, options: .report) } ?? "null"),
            ("line", location.flatMap { $0.line > 0 ? "\($0.line)" : nil } ?? "null"),
            ("column", location.flatMap { $0.column > 0 ? "\($0.column)" : nil } ?? "null"),
            ("severity", JSONEscaper.quoted(diagnostic.severity.rawValue, options: .report)),
            ("code", JSONEscaper.quoted(diagnostic.code.rawValue, options: .report)),
            ("message", JSONEscaper.quoted(diagnostic.text(in: language), options: .report)),
        ]
        return "{" + members.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }
}
