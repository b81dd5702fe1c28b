import TextEscaping

/// Text filters: escape, safe, upper, lower, capitalize, trim, truncate, replace, slug, urlencode.
extension BuiltinFilters {
    static let textFilters: [String: FilterBody] = [
        "escape": { v, _, _ in try escape(v) }, "e": { v, _, _ in try escape(v) },
        "safe": { v, _, _ in try safe(v) },
        "upper": { v, _, _ in same(v, try text(of: v).uppercased()) },
        "lower": { v, _, _ in same(v, try text(of: v).lowercased()) },
        "capitalize": { v, _, _ in try capitalize(v) },
        "trim": { v, _, _ in same(v, try trim(text(of: v))) },
        "truncate": { v, a, _ in try truncate(v, a) },
        "replace": { v, a, c in try replace(v, a, c) },
        "slug": { v, _, _ in .string(slug(try text(of: v))) },
        "urlencode": { v, _, _ in .string(urlencode(try text(of: v))) },
    ]

    /// `{{ "<b>" | escape }}` → `&lt;b&gt;` (once: escaping safe text leaves it as is).
    static func escape(_ value: TemplateValue) throws -> TemplateValue {
        if case .safe = value { return value }
        return .safe(HTMLEscaper.escaped(try text(of: value)))
    }

    /// `{{ "<b>x</b>" | safe }}` → `<b>x</b>`: trusts the text as HTML.
    static func safe(_ value: TemplateValue) throws -> TemplateValue { .safe(try text(of: value)) }

    /// `{{ "hello world" | capitalize }}` → `Hello world`.
    static func capitalize(_ value: TemplateValue) throws -> TemplateValue {
        let t = try text(of: value)
        return same(value, t.prefix(1).uppercased() + t.dropFirst().lowercased())
    }

    /// `{{ "  a b  " | trim }}` → `a b`.
    static func trim(_ text: String) -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = text.firstIndex(where: { !isSpace($0) }), let last = text.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(text[first...last])
    }

    /// `{{ "纯棉T恤批发" | truncate(4) }}` → `纯棉T恤…`; `{{ "abcdef" | truncate(3, "...") }}` → `abc...`.
    static func truncate(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        let t = try text(of: value)
        let length = try integer(arguments, 0, default: 255)
        guard length >= 0 else { throw TemplateFilterError("P-TEMPLATE-NEGATIVE-LENGTH", [:]) }
        let end = try string(arguments, 1, default: "…")
        guard t.count > length else { return .string(t) }
        return .string(String(t.prefix(length)) + end)
    }

    /// The `replace` filter: on safe (HTML) input, arguments that are not safe themselves are text, so they are
    /// escaped before matching and inserting (`"<b>x</b>" | safe | replace("x", "<i>")` → `<b>&lt;i&gt;</b>`).
    static func replace(_ value: TemplateValue, _ arguments: [TemplateValue], _ context: FilterContext = FilterContext(currencySymbol: "")) throws -> TemplateValue {
        var target = try string(arguments, 0, default: ""), replacement = try string(arguments, 1, default: "")
        if case .safe = value {
            if !isSafe(arguments, 0) { target = HTMLEscaper.escaped(target) }
            if !isSafe(arguments, 1) { replacement = HTMLEscaper.escaped(replacement) }
        }
        return same(value, try replace(text(of: value), target, replacement, context))
    }

    /// Whether argument `index` is present and marked safe.
    private static func isSafe(_ arguments: [TemplateValue], _ index: Int) -> Bool {
        guard index < arguments.count, case .safe = arguments[index] else { return false }
        return true
    }

    /// `{{ "a-b-c" | replace("-", "/") }}` → `a/b/c`.
    static func replace(_ text: String, _ target: String, _ replacement: String,
                        _ context: FilterContext = FilterContext(currencySymbol: "")) throws -> String {
        guard !target.isEmpty else { throw TemplateFilterError("P-TEMPLATE-EMPTY-REPLACE", [:]) }
        if let replaced = try replacedBytes(text, target, replacement, context) { return replaced }
        let parts = text.split(separator: target, omittingEmptySubsequences: false)
        try checkSize(text.utf8.count + (parts.count - 1) * max(replacement.utf8.count - target.utf8.count, 0), context)
        return parts.joined(separator: replacement)
    }

    /// `replace` done on bytes, when that gives what the character-wise split gives: the target is printable ASCII
    /// and every match has neighbours that cannot join it into one character (ASCII, Latin-1 letters and signs, dashes
    /// and quotes, CJK ideographs and punctuation, full-width forms); nil otherwise, and the caller splits by characters.
    static func replacedBytes(_ text: String, _ target: String, _ replacement: String,
                              _ context: FilterContext = FilterContext(currencySymbol: "")) throws -> String? {
        let needle = Array(target.utf8)
        guard needle.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 16)
        var i = 0, start = 0, matched = false
        let first = needle[0], last = bytes.count - needle.count
        while i <= last {
            guard bytes[i] == first, bytes[i..<i + needle.count].elementsEqual(needle) else { i += 1; continue }
            guard joinsNeither(bytes, before: i, after: i + needle.count) else { return nil }
            out.append(contentsOf: bytes[start..<i])
            out.append(contentsOf: replacement.utf8)
            try checkSize(out.count, context)
            i += needle.count
            start = i
            matched = true
        }
        guard matched else { return text }
        out.append(contentsOf: bytes[start...])
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the characters before `start` and from `end` of `bytes` (UTF-8) are ones that never join an ASCII
    /// character next to them into one grapheme.
    private static func joinsNeither(_ bytes: [UInt8], before start: Int, after end: Int) -> Bool {
        func separate(_ scalar: UInt32) -> Bool {
            scalar < 0x80 || (0x4E00...0x9FFF).contains(scalar) || (0x3000...0x3029).contains(scalar) || (0xFF01...0xFF60).contains(scalar)
                || (0x2010...0x2027).contains(scalar) || ((0xA0...0xFF).contains(scalar) && scalar != 0xAD)
        }
        if start > 0 {
            var j = start - 1
            while j > 0 && bytes[j] & 0xC0 == 0x80 { j -= 1 }
            guard let scalar = scalar(in: bytes, at: j), separate(scalar) else { return false }
        }
        if end < bytes.count {
            guard let scalar = scalar(in: bytes, at: end), separate(scalar) else { return false }
        }
        return true
    }

    /// The scalar whose UTF-8 starts at `i` (only 1- to 3-byte forms; nil for others, which the caller treats as unsafe).
    private static func scalar(in bytes: [UInt8], at i: Int) -> UInt32? {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return b0 }
        if b0 & 0xE0 == 0xC0, i + 1 < bytes.count { return (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F) }
        if b0 & 0xF0 == 0xE0, i + 2 < bytes.count {
            return (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        }
        return nil
    }

    /// `{{ "Cotton T-Shirt 纯棉 (50件)" | slug }}` → `cotton-t-shirt-纯棉-50件`: keeps CJK, lower-cases ASCII,
    /// turns each run of other characters into one `-`.
    static func slug(_ text: String) -> String {
        var out = "", pendingDash = false
        for scalar in text.unicodeScalars {
            let keep: Unicode.Scalar?
            if scalar.isASCII {
                let v = scalar.value
                keep = (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) ? scalar
                    : (v >= 0x41 && v <= 0x5A) ? Unicode.Scalar(v + 0x20) : nil
            } else {
                keep = isCJK(scalar) ? scalar : nil
            }
            guard let keep else { pendingDash = true; continue }
            if pendingDash, !out.isEmpty { out.append("-") }
            pendingDash = false
            out.unicodeScalars.append(keep)
        }
        return out
    }

    /// Han, kana, Hangul and CJK compatibility ranges.
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// `{{ "a b/颜色" | urlencode }}` → `a%20b/%E9%A2%9C%E8%89%B2`: percent-encodes all but unreserved characters and `/`.
    static func urlencode(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.append(byte)
            default:
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
