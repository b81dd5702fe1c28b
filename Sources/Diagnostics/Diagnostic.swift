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
/// It carries a stable code and the message's arguments; the text is made for a language when printed.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    /// Error, warning or note.
    public var severity: Severity
    /// Where it applies, or nil for a message about the shop as a whole.
    public var location: Location?
    /// The stable code (`E-UNKNOWN-SKU`), whose texts are in `MessageCatalog`.
    public var code: MessageCode
    /// The values of the message's placeholders (`sku`: `HD-T001`).
    public var arguments: [String: String]
    /// Further places that explain this one, printed indented below it (`templates/quote.html:4:22` …).
    public var notes: [Diagnostic]

    /// Creates a diagnostic.
    public init(_ severity: Severity, _ code: MessageCode, _ arguments: [String: String] = [:], at location: Location? = nil,
                notes: [Diagnostic] = []) {
        self.severity = severity
        self.code = code
        self.arguments = arguments
        self.location = location
        self.notes = notes
    }

    /// An error at a location.
    public static func error(_ code: MessageCode, _ arguments: [String: String] = [:], at location: Location? = nil)
    -> Diagnostic {
        Diagnostic(.error, code, arguments, at: location)
    }

    /// A warning at a location.
    public static func warning(_ code: MessageCode, _ arguments: [String: String] = [:], at location: Location? = nil)
    -> Diagnostic {
        Diagnostic(.warning, code, arguments, at: location)
    }

    /// The same diagnostic with one more note chained below it.
    public func noting(_ code: MessageCode, _ arguments: [String: String] = [:], at location: Location?) -> Diagnostic {
        var copy = self
        copy.notes.append(Diagnostic(.note, code, arguments, at: location))
        return copy
    }

    /// The text in English, starting lower-case, without a trailing period.
    public var message: String { text(in: .en) }

    /// The text in `language`.
    public func text(in language: Language) -> String { MessageCatalog.text(code, arguments, in: language) }

    /// `path:line: error: text` in `language` (`error`/`warning`/`note` stay English), one indented line per note.
    public func formatted(in language: Language) -> String {
        var text = location.map { "\($0): " } ?? ""
        text += "\(severity.rawValue): \(self.text(in: language))"
        for note in notes {
            text += "\n  " + note.formatted(in: language).replacingOccurrences(of: "\n", with: "\n  ")
        }
        return text
    }

    /// `path:line: error: text` in English, followed by one indented line per note.
    public var description: String { formatted(in: .en) }
}

private extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
