/// How serious a diagnostic is: errors stop a build, warnings are printed.
public enum Severity: String, Sendable, Hashable {
    /// Stops the build; exit status 1.
    case error
    /// Printed, the build goes on.
    case warning
    /// Context attached to another diagnostic (`included from …`).
    case note
}

/// One message about the shop's content or templates, printed as `path:line: error: text`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// Where it applies, or nil for a message about the shop as a whole.
    public var location: Location?
    /// The text, starting lower-case, without a trailing period.
    public var message: String
    /// Further places that explain this one, printed indented below it (`templates/quote.html:4:22` …).
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ message: String, at location: Location? = nil, notes: [Diagnostic] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// An error at a location.
    public static func error(_ message: String, at location: Location? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }

    /// A warning at a location.
    public static func warning(_ message: String, at location: Location? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }

    /// The same diagnostic with one more note chained below it.
    public func noting(_ message: String, at location: Location?) -> Diagnostic {
        var copy = self
        copy.notes.append(Diagnostic(.note, message, at: location))
        return copy
    }

    /// `path:line: error: text`, followed by one indented line per note.
    public var description: String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(message)"
        for note in notes {
            text += "\n  " + note.description.replacingOccurrences(of: "\n", with: "\n  ")
        }
        return text
    }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
