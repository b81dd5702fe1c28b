import Diagnostics

/// A lexing or parsing failure at a position: a phrase of `MessageCatalog.templateSyntax` and its arguments, which
/// the library turns into an `E-TEMPLATE-SYNTAX` diagnostic naming the file, worded in the reader's language.
struct SyntaxError: Error {
    let phrase: MessageCode
    let arguments: [String: String]
    let position: SourcePosition
    init(_ phrase: MessageCode, _ arguments: [String: String] = [:], at position: SourcePosition) {
        self.phrase = phrase
        self.arguments = arguments
        self.position = position
    }

    /// The arguments of the `E-TEMPLATE-SYNTAX` diagnostic: the phrase's, and `detail` naming the phrase.
    var diagnosticArguments: [String: String] { arguments.merging(["detail": phrase.rawValue]) { $1 } }

    /// The English text.
    var message: String { MessageCatalog.text("E-TEMPLATE-SYNTAX", diagnosticArguments, in: .en) }
}
