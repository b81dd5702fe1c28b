/// One lexical unit of a template: literal text, a tag delimiter, or a piece of an expression.
struct Token: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        /// Literal text between tags, already whitespace-trimmed.
        case text([UInt8])
        /// `{{`
        case openPrint
        /// `}}`
        case closePrint
        /// `{%`
        case openTag
        /// `%}`
        case closeTag
        /// An identifier or keyword.
        case name(String)
        /// A quoted string literal, unescaped.
        case string(String)
        /// An integer literal.
        case integer(Int)
        /// A number with a fraction: decimal when it has at most 4 decimals.
        case number(Int64?, Double)
        /// An operator or punctuation: `.`, `==`, `(`, …
        case symbol(String)
        /// End of the template.
        case end
    }

    var kind: Kind
    var position: SourcePosition

    /// `arguments` with `found` naming this token for a message's `{found@}`: a phrase code for the end, text, a
    /// string or a number (with `found_text`), else its display (`'endfor'`).
    func found(_ arguments: [String: String] = [:]) -> [String: String] {
        var arguments = arguments
        switch kind {
        case .end: arguments["found"] = "P-TEMPLATE-FOUND-END"
        case .text: arguments["found"] = "P-TEMPLATE-FOUND-TEXT"
        case .string(let s): arguments["found"] = "P-TEMPLATE-FOUND-STRING"; arguments["found_text"] = s
        case .integer(let i): arguments["found"] = "P-TEMPLATE-FOUND-NUMBER"; arguments["found_text"] = "\(i)"
        case .number(_, let d): arguments["found"] = "P-TEMPLATE-FOUND-NUMBER"; arguments["found_text"] = "\(d)"
        default: arguments["found"] = display
        }
        return arguments
    }

    /// How the token reads in a message: `'endfor'`, `end of template`.
    var display: String {
        switch kind {
        case .text: "text"
        case .openPrint: "'{{'"
        case .closePrint: "'}}'"
        case .openTag: "'{%'"
        case .closeTag: "'%}'"
        case .name(let n): "'\(n)'"
        case .string(let s): "string \"\(s)\""
        case .integer(let i): "number \(i)"
        case .number(_, let d): "number \(d)"
        case .symbol(let s): "'\(s)'"
        case .end: "end of template"
        }
    }
}
