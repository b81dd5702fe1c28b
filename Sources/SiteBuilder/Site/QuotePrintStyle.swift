import ShopModel

/// The quote sheet's per-page print header and footer: an `@page` rule whose margin boxes carry the quote number,
/// the customer and 第 n / N 页 on every printed page (Chromium ≥ 131 prints `@page` margin boxes).
///
/// Content text reaches CSS only as `\HHHHHH ` escapes (every character but ASCII letters, digits and spaces), so no
/// customer name can close the string, the rule or the `<style>` element.
enum QuotePrintStyle {
    /// The `<style>` body for a quote: `header` top left, `pageOf` (with `{n}` and `{N}`) bottom centre.
    static func css(header: String, pageOf: String) -> String {
        "@page { @top-left { content: \"" + escaped(header) + "\"; } @bottom-center { content: " + counters(pageOf) + "; } }"
    }

    /// `第 {n} / {N} 页` as CSS: the text parts as escaped strings, `{n}` and `{N}` as the page counters.
    static func counters(_ pattern: String) -> String {
        var parts: [String] = []
        var rest = Substring(pattern)
        while let range = rest.firstRange(of: "{") {
            let after = rest[range.upperBound...]
            let counter: String? = after.hasPrefix("n}") ? "counter(page)" : after.hasPrefix("N}") ? "counter(pages)" : nil
            guard let counter else {
                parts.append("\"" + escaped(String(rest[..<range.upperBound])) + "\"")
                rest = after
                continue
            }
            parts.append("\"" + escaped(String(rest[..<range.lowerBound])) + "\"")
            parts.append(counter)
            rest = after.dropFirst(2)
        }
        parts.append("\"" + escaped(String(rest)) + "\"")
        return parts.joined(separator: " ")
    }

    /// Every character but ASCII letters, digits and spaces as a CSS hex escape.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            let plain = (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) || v == 32
            if plain {
                out.unicodeScalars.append(scalar)
            } else if v >= 32 && v != 127 {
                out += "\\" + String(v, radix: 16, uppercase: true) + " "
            }
        }
        return out
    }
}
