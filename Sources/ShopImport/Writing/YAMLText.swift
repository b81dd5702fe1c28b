import FrontMatter
import ShopModel

/// Writes values into front matter so that libyaml reads back exactly the text written.
public enum YAMLText {
    /// A scalar: plain when it is a single word (letters, digits, CJK, `-_./`, not a YAML keyword or number),
    /// otherwise double-quoted with escapes (`YAMLScalar`'s `.words` style, the one writer of front-matter values).
    public static func scalar(_ text: String) -> String {
        YAMLScalar.write(text, style: .words)
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
