/// Splits template source into tokens, applying `{%-`/`-%}` whitespace control and `{% raw %}` verbatim blocks.
struct Lexer {
    let bytes: [UInt8]
    var offset = 0
    var line = 1
    var column = 1
    var tokens: [Token] = []
    var trimNextText = false

    init(source: String) {
        var bytes = Array(source.utf8)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        self.bytes = bytes
    }

    /// Every token of the source, ending with `.end`.
    mutating func tokenize() throws(SyntaxError) -> [Token] {
        while offset < bytes.count {
            let textStart = offset, textPosition = position
            while offset < bytes.count, !atTagOpening { advance() }
            appendText(from: textStart, to: offset, at: textPosition)
            guard offset < bytes.count else { break }
            try lexTag()
        }
        tokens.append(Token(kind: .end, position: position))
        return tokens
    }

    var position: SourcePosition { SourcePosition(line: line, column: column) }

    var atTagOpening: Bool {
        guard bytes[offset] == UInt8(ascii: "{"), offset + 1 < bytes.count else { return false }
        let next = bytes[offset + 1]
        return next == UInt8(ascii: "{") || next == UInt8(ascii: "%") || next == UInt8(ascii: "#")
    }

    func peek(_ distance: Int = 0) -> UInt8? {
        offset + distance < bytes.count ? bytes[offset + distance] : nil
    }

    mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            offset += 1
        }
    }

    mutating func appendText(from start: Int, to end: Int, at position: SourcePosition) {
        var slice = bytes[start..<end]
        if trimNextText {
            while let first = slice.first, first.isTemplateWhitespace { slice.removeFirst() }
            trimNextText = false
        }
        if !slice.isEmpty { tokens.append(Token(kind: .text(Array(slice)), position: position)) }
    }

    /// Removes trailing whitespace from the text just before a `{%-`, `{{-` or `{#-`.
    mutating func trimPreviousText() {
        guard let last = tokens.last, case .text(var text) = last.kind else { return }
        while let byte = text.last, byte.isTemplateWhitespace { text.removeLast() }
        if text.isEmpty { tokens.removeLast() } else { tokens[tokens.count - 1].kind = .text(text) }
    }

    mutating func lexTag() throws(SyntaxError) {
        let open = position
        let kind = bytes[offset + 1]
        advance(2)
        if peek() == UInt8(ascii: "-") { trimPreviousText(); advance() }
        switch kind {
        case UInt8(ascii: "#"): try skipComment(openedAt: open)
        case UInt8(ascii: "%"):
            if try lexRawBlock(openedAt: open) { return }
            tokens.append(Token(kind: .openTag, position: open))
            try lexInside(closer: UInt8(ascii: "%"), openedAt: open)
        default:
            tokens.append(Token(kind: .openPrint, position: open))
            try lexInside(closer: UInt8(ascii: "}"), openedAt: open)
        }
    }

    mutating func skipComment(openedAt open: SourcePosition) throws(SyntaxError) {
        while offset < bytes.count {
            if bytes[offset] == UInt8(ascii: "-"), peek(1) == UInt8(ascii: "#"), peek(2) == UInt8(ascii: "}") {
                advance(3); trimNextText = true; return
            }
            if bytes[offset] == UInt8(ascii: "#"), peek(1) == UInt8(ascii: "}") { advance(2); return }
            advance()
        }
        throw SyntaxError("P-TEMPLATE-UNCLOSED-COMMENT", ["open": "{#", "close": "#}"], at: open)
    }

    /// Lexes tokens until the closing `}}` or `%}`.
    mutating func lexInside(closer: UInt8, openedAt open: SourcePosition) throws(SyntaxError) {
        let opener = closer == UInt8(ascii: "}") ? "{{" : "{%"
        let closing = closer == UInt8(ascii: "}") ? "}}" : "%}"
        while true {
            while let byte = peek(), byte.isTemplateWhitespace { advance() }
            guard let byte = peek() else {
                throw SyntaxError("P-TEMPLATE-UNCLOSED-TAG", ["open": opener, "close": closing], at: open)
            }
            let start = position
            if byte == UInt8(ascii: "-"), peek(1) == closer, peek(2) == UInt8(ascii: "}") {
                advance(3); trimNextText = true
                tokens.append(Token(kind: closer == UInt8(ascii: "}") ? .closePrint : .closeTag, position: start))
                return
            }
            if byte == closer, peek(1) == UInt8(ascii: "}") {
                advance(2)
                tokens.append(Token(kind: closer == UInt8(ascii: "}") ? .closePrint : .closeTag, position: start))
                return
            }
            if byte == UInt8(ascii: "{"), let next = peek(1), next == UInt8(ascii: "{") || next == UInt8(ascii: "%") {
                throw SyntaxError("P-TEMPLATE-UNCLOSED-TAG-BEFORE-NEXT", ["open": opener, "close": closing], at: open)
            }
            tokens.append(Token(kind: try lexExpressionToken(), position: start))
        }
    }
}

extension UInt8 {
    /// Space, tab, CR or LF.
    var isTemplateWhitespace: Bool {
        self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09
    }
}
