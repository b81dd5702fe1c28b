import ShopModel

/// Turns export cells into values: trimmed text, amounts, quantities (dates are in `CellText+Dates`).
public enum CellText {
    /// The cell's text without surrounding spaces (ASCII, tab, ideographic space), Excel's `="…"` text guard
    /// or a leading apostrophe.
    public static func clean(_ text: String) -> String {
        if isClean(text) { return text }
        var scalars = Substring(text).unicodeScalars[...]
        func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{3000}" || s == "\r" || s == "\n" || s == "\u{A0}" }
        while let first = scalars.first, isSpace(first) { scalars = scalars.dropFirst() }
        while let last = scalars.last, isSpace(last) { scalars = scalars.dropLast() }
        var result = String(String.UnicodeScalarView(scalars))
        if result.hasPrefix("=\""), result.hasSuffix("\""), result.count >= 3 {
            result = String(result.dropFirst(2).dropLast())
        } else if result.hasPrefix("'") {
            result = String(result.dropFirst())
        }
        return result
    }

    /// Whether `clean` would return the text as it is (most cells): no space, apostrophe or `=` at its start and
    /// no space at its end, judged from the first and last bytes (U+3000 ends in 0x80, U+00A0 in 0xA0).
    static func isClean(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let first = utf8.first, let last = utf8.last else { return true }
        let goodFirst = first > 0x20 && first != 0x27 && first != 0x3D && first != 0x7F && first != 0xE3 && first != 0xC2
        let goodLast = last > 0x20 && last != 0x7F && last != 0x80 && last != 0xA0
        return goodFirst && goodLast
    }

    /// An amount: `¥1,234.50`, `1234.5`, `30元`; a spreadsheet number is rounded half away from zero to 4 decimals
    /// first (binary noise such as `12.499999999999998`). Nil when it is not an amount within the contract's bounds.
    public static func money(_ cell: ImportCell) -> Money? {
        var text = clean(cell.text)
        if !text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E }) {
            for mark in ["¥", "￥", "元", ",", "，", " "] { text = text.split(separator: Character(mark), omittingEmptySubsequences: false).joined() }
        }
        if cell.isNumber { text = roundedDecimal(text, places: Money.scale) ?? text }
        guard let money = try? Money.parse(text), money.isBelowCeiling, !money.isNegative else { return nil }
        return money
    }

    /// A whole quantity within `Quantity.range` (`200`, `200.0`, `1,000`).
    public static func quantity(_ cell: ImportCell) -> Int? {
        var text = clean(cell.text).split(separator: ",").joined()
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard let n = Int(text), Quantity.range.contains(n) else { return nil }
        return n
    }

    /// A count of at least 0 and at most `Quantity.maximum` (traffic figures; empty is 0).
    public static func count(_ cell: ImportCell) -> Int? {
        let text = clean(cell.text).split(separator: ",").joined()
        if text.isEmpty { return 0 }
        let whole = text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        guard let n = Int(whole), (0...Quantity.maximum).contains(n) else { return nil }
        return n
    }

    /// A plain decimal (`12.499999999999998`) rounded half away from zero to `places` decimals, without binary
    /// arithmetic; the text unchanged when it has no more decimals than that, nil when it is not a plain decimal.
    static func roundedDecimal(_ text: String, places: Int) -> String? {
        var body = Substring(text)
        var sign = ""
        if let first = body.first, first == "-" || first == "+" {
            sign = first == "-" ? "-" : ""
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, parts[1].count > places else { return text }
        let kept = parts[0] + parts[1].prefix(places)
        guard kept.allSatisfy({ $0.isASCII && $0.isNumber }), let next = parts[1].dropFirst(places).first,
              next.isASCII, let nextDigit = next.wholeNumberValue else { return nil }
        var digits = kept.compactMap(\.wholeNumberValue)
        if nextDigit >= 5 {
            var index = digits.count - 1
            while index >= 0 {
                if digits[index] == 9 { digits[index] = 0; index -= 1 } else { digits[index] += 1; break }
            }
            if index < 0 { digits.insert(1, at: 0) }
        }
        let whole = digits.dropLast(places).map(String.init).joined()
        let fraction = digits.suffix(places).map(String.init).joined()
        return sign + (whole.isEmpty ? "0" : whole) + "." + fraction
    }
}
