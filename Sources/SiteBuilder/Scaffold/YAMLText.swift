/// Writes text as a YAML scalar: plain when YAML reads it back as the same text, double-quoted otherwise.
enum YAMLText {
    /// Words YAML 1.1 reads as booleans or null when plain.
    private static let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null", "~"]

    /// `text` as a YAML value: `HD-T001` stays plain; `""`, `007`, `yes` or `a: b` are quoted; inside a flow
    /// collection (`[a, b]`, `{ k: v }`) a text holding `,[]{}` is quoted too.
    static func scalar(_ text: String, inFlow: Bool = false) -> String {
        let flowSafe = !inFlow || !text.unicodeScalars.contains { ",[]{}".unicodeScalars.contains($0) }
        return flowSafe && isPlainSafe(text) ? text : quoted(text)
    }

    /// A flow list `[a, b]` of texts.
    static func list(_ items: [String]) -> String {
        "[" + items.map { scalar($0, inFlow: true) }.joined(separator: ", ") + "]"
    }

    /// `text` in double quotes with `\` and `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// Whether the text reads back unchanged as a plain scalar (a conservative answer: quoting is always safe).
    private static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        if reserved.contains(text.lowercased()) { return false }
        if "-?:,[]{}#&*!|>'\"%@`.+0123456789 ".unicodeScalars.contains(first) || last == " " { return false }
        if text.contains(": ") || text.contains(" #") || text.hasSuffix(":") { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
