import ShopModel

/// Writes values into front matter so that libyaml reads back exactly the text written.
public enum YAMLText {
    /// A scalar: plain when it is unmistakably text (letters, digits, CJK, `-_./`, not a YAML keyword or
    /// number), otherwise double-quoted with escapes.
    public static func scalar(_ text: String) -> String {
        isPlainSafe(text) ? text : quoted(text)
    }

    /// Whether `text` reads back as the same string when written plain, in block and in flow context.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        let keywords: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "y", "n", "~"]
        guard !keywords.contains(text.lowercased()) else { return false }
        guard first.properties.isAlphabetic else { return false }  // no digit: `0123`, `1e3`, `.5` stay text
        for scalar in text.unicodeScalars {
            let ok = scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_./".unicodeScalars.contains(scalar)
            guard ok else { return false }
        }
        return true
    }

    /// `"…"` with `\` `"` and control characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x85 || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// An amount with as few decimals as it needs (`18`, `12.5`, `0.035`).
    public static func money(_ money: Money) -> String {
        let value = money.tenThousandths
        let negative = value < 0
        let magnitude = value.magnitude
        var text = String(magnitude / 10_000)
        let fraction = magnitude % 10_000
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
        }
        return (negative ? "-" : "") + text
    }
}
