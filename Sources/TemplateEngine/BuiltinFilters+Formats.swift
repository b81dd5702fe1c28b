import TextEscaping

/// Format filters: date and json.
extension BuiltinFilters {
    static let formatFilters: [String: FilterBody] = [
        "date": { v, a, _ in try date(v, format: try string(a, 0, default: "%Y-%m-%d")) },
        "json": { v, _, c in .safe(try json(v, c)) },
    ]

    /// `{{ "2025-11-30" | date("%Y年%m月%d日") }}` → `2025年11月30日`; `{{ "2025-03-05" | date("%Y/%-m/%-d") }}` → `2025/3/5`;
    /// `{{ none | date }}` → `—`. Directives: `%Y %y %m %d %-m %-d %%`.
    static func date(_ value: TemplateValue, format: String) throws -> TemplateValue {
        if case .null = value { return .string("—") }
        guard let text = value.stringContent, let (year, month, day) = parseDay(text) else {
            throw TemplateFilterError("P-TEMPLATE-EXPECTS-DATE", ["value": value.text.map { "'\($0)'" } ?? value.typeName])
        }
        func pad(_ n: Int, _ width: Int, into out: inout [UInt8]) {
            var digits: [UInt8] = []
            DecimalDigits.append(n, to: &digits)
            for _ in digits.count..<max(digits.count, width) { out.append(UInt8(ascii: "0")) }
            out += digits
        }
        let characters = Array(format.utf8)
        var out: [UInt8] = [], i = 0
        out.reserveCapacity(characters.count + 8)
        while i < characters.count {
            let c = characters[i]
            guard c == UInt8(ascii: "%"), i + 1 < characters.count else { out.append(c); i += 1; continue }
            var directive = characters[i + 1], unpadded = false
            i += 2
            if directive == UInt8(ascii: "-"), i < characters.count { unpadded = true; directive = characters[i]; i += 1 }
            switch directive {
            case UInt8(ascii: "Y"): pad(year, 4, into: &out)
            case UInt8(ascii: "y"): pad(year % 100, 2, into: &out)
            case UInt8(ascii: "m"): pad(month, unpadded ? 1 : 2, into: &out)
            case UInt8(ascii: "d"): pad(day, unpadded ? 1 : 2, into: &out)
            case UInt8(ascii: "%"): out.append(directive)
            default:
                let shown = String(decoding: [directive], as: UTF8.self)
                throw TemplateFilterError("P-TEMPLATE-UNKNOWN-DATE-DIRECTIVE", ["directive": (unpadded ? "-" : "") + shown])
            }
        }
        return .string(String(decoding: out, as: UTF8.self))
    }

    /// Year, month and day of a valid `YYYY-MM-DD`.
    static func parseDay(_ text: String) -> (Int, Int, Int)? {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range { guard b[i].isDigit else { return nil }; n = n * 10 + Int(b[i] - 48) }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m) else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d) ? (y, m, d) : nil
    }

    /// `{{ {"a": [1, 2.5, "<x>"]} | json }}` → `{"a":[1,2.5,"\u003cx\u003e"]}`: valid JSON, safe inside `<script>`
    /// (`<`, `>`, `&`, `'`, U+2028 and U+2029 are escaped).
    static func json(_ value: TemplateValue, _ context: FilterContext = FilterContext(currencySymbol: "")) throws -> String {
        var out = ""
        try appendJSON(value, to: &out, context)
        try checkSize(out.utf8.count, context)
        return out
    }

    private static func appendJSON(_ value: TemplateValue, to out: inout String, _ context: FilterContext) throws {
        try checkSize(out.utf8.count, context)
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .decimal(let d): out += DecimalText.plain(d)
        case .double(let d): out += d.isFinite ? DecimalText.plain(d) : "null"
        case .string(let s), .safe(let s): appendJSONString(s, to: &out)
        case .list(let items):
            out += "["
            for (i, item) in items.enumerated() { if i > 0 { out += "," }; try appendJSON(item, to: &out, context) }
            out += "]"
        case .map(let map): try appendObject(map.pairs.map { ($0, $1) }, to: &out, context)
        case .object(let host):
            let object = host.object
            guard !object.memberNames.isEmpty else { throw TemplateFilterError("P-TEMPLATE-JSON-OBJECT", [:]) }
            try appendObject(object.memberNames.map { ($0, object.member($0) ?? .null) }, to: &out, context)
        }
    }

    private static func appendObject(_ pairs: [(String, TemplateValue)], to out: inout String, _ context: FilterContext) throws {
        out += "{"
        for (i, (key, item)) in pairs.enumerated() {
            if i > 0 { out += "," }
            appendJSONString(key, to: &out)
            out += ":"
            try appendJSON(item, to: &out, context)
        }
        out += "}"
    }

    /// Appends a JSON string literal as `JSONEscaper` writes it with the `.templateFilter` options.
    private static func appendJSONString(_ s: String, to out: inout String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count + 2)
        JSONEscaper.appendQuoted(s, options: .templateFilter, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }
}
