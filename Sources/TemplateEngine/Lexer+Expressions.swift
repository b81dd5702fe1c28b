/// Tokens inside `{{ }}` and `{% %}`: names, literals and operators.
extension Lexer {
    static let twoCharacterSymbols: Set<String> = ["==", "!=", "<=", ">="]
    static let singleCharacterSymbols = Set("+-*/%~|.,:()[]{}<>=".utf8)

    mutating func lexExpressionToken() throws(SyntaxError) -> Token.Kind {
        let start = position
        guard let byte = peek() else { throw SyntaxError("P-TEMPLATE-UNEXPECTED-END", at: start) }
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { return try lexString(quote: byte) }
        if byte.isDigit { return try lexNumber() }
        if byte.isNameStart {
            let from = offset
            while let b = peek(), b.isNameStart || b.isDigit { advance() }
            return .name(String(decoding: bytes[from..<offset], as: UTF8.self))
        }
        if let next = peek(1) {
            let pair = String(decoding: [byte, next], as: UTF8.self)
            if Self.twoCharacterSymbols.contains(pair) { advance(2); return .symbol(pair) }
        }
        if Self.singleCharacterSymbols.contains(byte) {
            advance()
            return .symbol(String(UnicodeScalar(byte)))
        }
        let character = String(decoding: bytes[offset..<min(bytes.count, offset + max(1, byte.utf8Length))], as: UTF8.self)
        throw SyntaxError("P-TEMPLATE-BAD-CHARACTER", ["character": character], at: start)
    }

    private mutating func lexString(quote: UInt8) throws(SyntaxError) -> Token.Kind {
        let start = position
        advance()
        var out: [UInt8] = []
        while let byte = peek() {
            if byte == quote { advance(); return .string(String(decoding: out, as: UTF8.self)) }
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\\"), let escaped = peek(1) {
                switch escaped {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                default: out.append(escaped)
                }
                advance(2)
                continue
            }
            out.append(byte)
            advance()
        }
        throw SyntaxError("P-TEMPLATE-UNCLOSED-STRING", at: start)
    }

    private mutating func lexNumber() throws(SyntaxError) -> Token.Kind {
        let start = position
        let from = offset
        while let b = peek(), b.isDigit || b == UInt8(ascii: "_") { advance() }
        var isFraction = false
        if peek() == UInt8(ascii: "."), let after = peek(1), after.isDigit {
            isFraction = true
            advance()
            while let b = peek(), b.isDigit { advance() }
        }
        let text = String(decoding: bytes[from..<offset], as: UTF8.self).filter { $0 != "_" }
        if !isFraction {
            guard let value = Int(text) else { throw SyntaxError("P-TEMPLATE-NUMBER-TOO-LARGE", ["number": text], at: start) }
            return .integer(value)
        }
        guard let double = Double(text) else { throw SyntaxError("P-TEMPLATE-BAD-NUMBER", ["number": text], at: start) }
        let parts = text.split(separator: ".")
        if parts.count == 2, parts[1].count <= 4, let whole = Int64(parts[0]),
           let frac = Int64(parts[1] + String(repeating: "0", count: 4 - parts[1].count)) {
            let (scaled, overflow) = whole.multipliedReportingOverflow(by: DecimalText.scale)
            if !overflow { return .number(scaled + frac, double) }
        }
        return .number(nil, double)
    }
}

extension UInt8 {
    var isDigit: Bool { self >= 0x30 && self <= 0x39 }
    /// ASCII letters, `_`, and any non-ASCII byte (so `specs.材质` reads as a name).
    var isNameStart: Bool {
        (self >= 0x41 && self <= 0x5A) || (self >= 0x61 && self <= 0x7A) || self == 0x5F || self >= 0x80
    }
    /// The length of the UTF-8 sequence this lead byte starts.
    var utf8Length: Int {
        if self < 0x80 { return 1 }
        if self >= 0xF0 { return 4 }
        if self >= 0xE0 { return 3 }
        return 2
    }
}
