import FrontMatter
import ShopModel

/// Writes values into front matter so that libyaml reads back exactly the text written.
public enum YAMLText {
    /// A scalar: plain when it is a single word (letters, digits, CJK, `-_./`, not a YAML keyword or number),
    /// otherwise double-quoted with escapes (`YAMLScalar`'s `.words` style, the one writer of front-matter values).
    public static func scalar(_ text: String) -> String {
        isPlainASCIIWord(text) ? text : YAMLScalar.write(text, style: .words)
    }

    /// Whether `text` is an ASCII word `YAMLScalar`'s `.words` style leaves plain (`O-0001`, `HD-T001`, `SF1409`):
    /// a letter, then letters, digits and `-_./`, and not a YAML keyword. The same answer as `YAMLScalar.isPlain`,
    /// decided on the bytes (an export repeats such ids hundreds of thousands of times).
    static func isPlainASCIIWord(_ text: String) -> Bool {
        var letters = 0
        for (index, byte) in text.utf8.enumerated() {
            let letter = (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
            if letter { letters += 1; continue }
            let other = (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")
            guard other, index > 0 else { return false }
        }
        // Every keyword (`true`, `no`, `y`, `null` …) is letters only and at most five long.
        return letters > 0 && (letters < text.utf8.count || letters > 5 || YAMLScalar.isPlain(text, style: .words))
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
