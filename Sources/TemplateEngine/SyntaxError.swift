/// A lexing or parsing failure at a position; the library turns it into a Diagnostic naming the file.
struct SyntaxError: Error {
    let message: String
    let position: SourcePosition
    init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
