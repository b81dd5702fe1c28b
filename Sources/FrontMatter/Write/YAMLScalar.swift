/// Writes text as one YAML scalar that `YAMLReader` reads back as exactly that text: plain when that is safe,
/// double-quoted with escapes otherwise. The one writer of front-matter values (`shopsite new`, `init`, `import`).
public enum YAMLScalar {
    /// How readily a text is left plain.
    public enum Style: Sendable {
        /// Plain whenever it reads back unchanged (`纯棉 T 恤`, `say "hi"`): what a person writing the file would do.
        case readable
        /// Plain only for a single word of letters, digits and `-_./` starting with a letter (`HD-T001`, `顺丰速运`);
        /// anything else quoted (`"SF 123"`): for values copied from spreadsheets, where odd text is common.
        case words
    }

    /// Words YAML 1.1 reads as booleans or null when plain (compared lowercased).
    static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// `text` as a YAML value; `inFlow` for an item of a flow collection (`[a, b]`, `{ k: v }`), where `,[]{}` quote.
    public static func write(_ text: String, style: Style = .readable, inFlow: Bool = false) -> String {
        isPlain(text, style: style, inFlow: inFlow) ? text : quoted(text)
    }

    /// A flow list `[a, b]` of texts.
    public static func list(_ items: [String], style: Style = .readable) -> String {
        "[" + items.map { write($0, style: style, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// Whether `text` written plain reads back as the same string (a conservative answer: quoting is always safe).
    public static func isPlain(_ text: String, style: Style = .readable, inFlow: Bool = false) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reserved.contains(text.lowercased()) { return false }
        // An indicator, a quote, a digit, `.` or `+` (numbers, dates, `.5`, `.inf`) or a space may not start a plain text.
        if "-?:,[]{}#&*!|>'\"%@`.+0123456789 ".unicodeScalars.contains(first) || last == " " { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        if inFlow && text.unicodeScalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return false }
        if text.unicodeScalars.contains(where: needsEscape) { return false }
        switch style {
        case .readable: return true
        case .words:
            return first.properties.isAlphabetic
                && text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
        }
    }

    /// `"…"` with `\` `"`, control characters and the characters YAML reads as line breaks escaped.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if needsEscape(scalar) {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// Control characters (C0, DEL, C1 with NEL), LS and PS (line breaks to YAML 1.1), the byte-order mark and the
    /// non-characters U+FFFE and U+FFFF: libyaml refuses or folds them unless they are escapes in double quotes.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x2028...0x2029).contains(value) || value == 0xFEFF || value >= 0xFFFE && value <= 0xFFFF
    }
}
