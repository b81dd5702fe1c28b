import Diagnostics

/// A failure of an operation on values (type mismatch, overflow), positioned later by the renderer.
struct ValueError: Error {
    /// What went wrong: a `P-TEMPLATE-*` phrase of the message catalogue.
    let phrase: MessageCode
    /// The phrase's arguments.
    let arguments: [String: String]
    init(_ phrase: MessageCode, _ arguments: [String: String] = [:]) {
        self.phrase = phrase
        self.arguments = arguments
    }

    /// The same failure as a filter's error.
    var filterError: TemplateFilterError { TemplateFilterError(phrase, arguments) }
}
