import TextEscaping

/// Collection filters: length, join, first, last, sort, reverse, slice, sum, map, keys.
extension BuiltinFilters {
    static let collectionFilters: [String: FilterBody] = [
        "length": length, "count": length,
        "join": { v, a, c in try join(v, a, c) },
        "first": { v, _, _ in try items(v).first ?? .null },
        "last": { v, _, _ in try items(v).last ?? .null },
        "sort": { v, a, _ in try sort(v, a) },
        "reverse": { v, _, _ in try reverse(v) },
        "slice": { v, a, _ in try slice(v, a) },
        "sum": { v, a, _ in try sum(v, a) },
        "map": { v, a, _ in try map(v, a) },
        "keys": { v, _, _ in try keys(v) },
    ]

    /// `{{ [1, 2, 3] | length }}` → `3`; `{{ "纯棉" | length }}` → `2` (characters); maps count entries.
    static func length(_ value: TemplateValue, _: [TemplateValue], _: FilterContext) throws -> TemplateValue {
        switch value {
        case .list(let l): return .int(l.count)
        case .map(let m): return .int(m.count)
        case .string(let s), .safe(let s): return .int(s.count)
        case .object(let o): return .int(o.object.memberNames.count)
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-COLLECTION", ["type": value.typeName])
        }
    }

    /// The items of a list, or the characters of a string.
    static func items(_ value: TemplateValue) throws -> [TemplateValue] {
        switch value {
        case .list(let l): return l
        case .string(let s), .safe(let s): return s.map { .string(String($0)) }
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-LIST", ["type": value.typeName])
        }
    }

    /// `{{ ["a", "<b>"] | join(", ") }}` → `a, &lt;b&gt;`: escapes each plain item and returns safe HTML.
    /// `{{ tiers | join(", ", "min") }}` joins the `min` attribute of each item.
    static func join(_ value: TemplateValue, _ arguments: [TemplateValue], _ context: FilterContext = FilterContext(currencySymbol: "")) throws -> TemplateValue {
        let separator = try string(arguments, 0, default: "")
        let attribute = arguments.count > 1 ? try string(arguments, 1, default: "") : nil
        var out = ""
        for (i, item) in try items(value).enumerated() {
            if i > 0 { out += HTMLEscaper.escaped(separator) }
            let element = try attribute.map { try attributeValue($0, of: item) } ?? item
            guard let text = element.text else { throw TemplateFilterError("P-TEMPLATE-CANNOT-JOIN", ["type": element.typeName]) }
            if case .safe = element { out += text } else { out += HTMLEscaper.escaped(text) }
            try checkSize(out.utf8.count, context)
        }
        return .safe(out)
    }

    /// Member `path` (dotted) of a map or object item.
    static func attributeValue(_ path: String, of item: TemplateValue) throws -> TemplateValue {
        var current = item
        for part in path.split(separator: ".") {
            guard let next = current.member(String(part)) else { throw TemplateFilterError("P-TEMPLATE-NO-ATTRIBUTE", ["attribute": path]) }
            current = next
        }
        return current
    }

    /// `{{ [3, 1, 2] | sort | join(",") }}` → `1,2,3`; `sort("min")` sorts maps by attribute; `sort("min", true)` descends.
    static func sort(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        let list = try items(value)
        let attribute = try string(arguments, 0, default: "")
        let descending = arguments.count > 1 && arguments[1].isTruthy
        var keyed: [(key: TemplateValue, index: Int, item: TemplateValue)] = []
        for (index, item) in list.enumerated() {
            keyed.append((attribute.isEmpty ? item : try attributeValue(attribute, of: item), index, item))
        }
        var failure: ValueError?
        keyed.sort { a, b in
            do throws(ValueError) {
                let order = try a.key.compare(with: b.key)
                return order == 0 ? a.index < b.index : (descending ? order > 0 : order < 0)
            } catch { failure = error; return a.index < b.index }
        }
        if let failure { throw failure.filterError }
        return .list(keyed.map(\.item))
    }

    /// `{{ [1, 2, 3] | reverse | join(",") }}` → `3,2,1`; `{{ "abc" | reverse }}` → `cba`.
    static func reverse(_ value: TemplateValue) throws -> TemplateValue {
        if let text = value.stringContent { return same(value, String(text.reversed())) }
        return .list(try items(value).reversed())
    }

    /// `{{ [1, 2, 3, 4] | slice(1, 3) | join(",") }}` → `2,3`; negative positions count from the end; `slice(-2)` → last two.
    static func slice(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        let list = try items(value)
        func clamp(_ i: Int) -> Int { min(max(i < 0 ? list.count + i : i, 0), list.count) }
        let start = clamp(try integer(arguments, 0, default: 0)), end = clamp(try integer(arguments, 1, default: list.count))
        let part = start < end ? Array(list[start..<end]) : []
        if value.stringContent != nil { return same(value, part.compactMap(\.text).joined()) }
        return .list(part)
    }

    /// `{{ [1, 2.5] | sum }}` → `3.5` (exact); `sum("qty")` adds an attribute.
    static func sum(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        let attribute = try string(arguments, 0, default: "")
        var total = TemplateValue.int(0)
        for item in try items(value) {
            let element = attribute.isEmpty ? item : try attributeValue(attribute, of: item)
            do { total = try total.combined(.add, with: element) } catch { throw error.filterError }
        }
        return total
    }

    /// `{{ tiers | map("min") | join(",") }}` → `50,100`: the attribute of each item.
    static func map(_ value: TemplateValue, _ arguments: [TemplateValue]) throws -> TemplateValue {
        let attribute = try string(arguments, 0, default: "")
        guard !attribute.isEmpty else { throw TemplateFilterError("P-TEMPLATE-NEEDS-ATTRIBUTE", [:]) }
        return .list(try items(value).map { try attributeValue(attribute, of: $0) })
    }

    /// `{{ {"b": 1, "a": 2} | keys | join(",") }}` → `b,a`: keys in written order.
    static func keys(_ value: TemplateValue) throws -> TemplateValue {
        switch value {
        case .map(let m): return .list(m.keys.map { .string($0) })
        case .object(let o): return .list(o.object.memberNames.map { .string($0) })
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-MAP", ["type": value.typeName])
        }
    }
}
