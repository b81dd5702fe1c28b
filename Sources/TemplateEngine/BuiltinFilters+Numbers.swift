/// Number filters: round, abs, int, number, money, percent.
extension BuiltinFilters {
    static let numberFilters: [String: FilterBody] = [
        "round": { v, a, _ in try round(v, places: try integer(a, 0, default: 0)) },
        "abs": { v, _, _ in try abs(v) },
        "int": { v, _, _ in try int(v) },
        "number": { v, _, _ in try number(v) },
        "money": { v, _, c in try money(v, symbol: c.currencySymbol) },
        "percent": { v, a, _ in try percent(v, places: try integer(a, 0, default: 1)) },
    ]

    /// `{{ 10015 | number }}` → `10,015`; `{{ -1234567 | number }}` → `-1,234,567`; `{{ 999 | number }}` → `999`;
    /// `{{ none | number }}` → `—`. Whole numbers only: a quantity as a page shows it (CSV and JSON keep plain digits).
    static func number(_ value: TemplateValue) throws -> TemplateValue {
        switch value {
        case .null: return .string("—")
        case .int(let n):
            let digits = Array(String(n.magnitude))
            var out = n < 0 ? "-" : ""
            for (i, digit) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
                out.append(digit)
            }
            return .string(out)
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-INTEGER", ["type": value.typeName])
        }
    }

    /// `{{ 2.345 | round(2) }}` → `2.35`; `{{ 2.5 | round }}` → `3`; `{{ -2.5 | round }}` → `-3` (half away from zero).
    static func round(_ value: TemplateValue, places: Int) throws -> TemplateValue {
        guard (0...4).contains(places) else { throw TemplateFilterError("P-TEMPLATE-PLACES-RANGE", ["max": "4"]) }
        let scaled: Int64
        switch value {
        case .int: return value
        case .decimal(let d): scaled = d
        case .double(let d):
            guard let exact = DecimalText.scaled(d, decimals: 4) else { throw TemplateFilterError("P-TEMPLATE-CANNOT-ROUND", ["number": "\(d)"]) }
            scaled = exact
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-NUMBER", ["type": value.typeName])
        }
        let unit = DecimalText.pow10(4 - places)
        let rounded = DecimalText.divideRounded(scaled, by: unit)
        if places == 0, let whole = Int(exactly: rounded) { return .int(whole) }
        let (result, overflow) = rounded.multipliedReportingOverflow(by: unit)
        if overflow { throw TemplateFilterError("P-TEMPLATE-NUMBER-OVERFLOW", [:]) }
        return .decimal(result)
    }

    /// `{{ -3 | abs }}` → `3`.
    static func abs(_ value: TemplateValue) throws -> TemplateValue {
        switch value {
        case .int(let i) where i != .min: return .int(Swift.abs(i))
        case .decimal(let d) where d != .min: return .decimal(Swift.abs(d))
        case .double(let d): return .double(Swift.abs(d))
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-NUMBER", ["type": value.typeName])
        }
    }

    /// `{{ "42" | int }}` → `42`; `{{ 3.7 | int }}` → `3` (toward zero).
    static func int(_ value: TemplateValue) throws -> TemplateValue {
        switch value {
        case .int: return value
        case .decimal(let d): return .int(Int(d / DecimalText.scale))
        case .double(let d) where d.isFinite && d.magnitude < 9e18: return .int(Int(d))
        case .string(let s), .safe(let s):
            guard let n = Int(BuiltinFilters.trim(s)) else { throw TemplateFilterError("P-TEMPLATE-NOT-INTEGER", ["text": s]) }
            return .int(n)
        case .bool(let b): return .int(b ? 1 : 0)
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-NUMBER", ["type": value.typeName])
        }
    }

    /// `{{ 1234.5 | money }}` → `¥1,234.50`; `{{ -3 | money }}` → `-¥3.00`; `{{ 0.005 | money }}` → `¥0.01`;
    /// `{{ none | money }}` → `—`. Uses the environment's currency symbol; rounds half away from zero.
    static func money(_ value: TemplateValue, symbol: String) throws -> TemplateValue {
        let amount: Int64
        switch value {
        case .null: return .string("—")
        case .int, .decimal:
            guard let exact = value.asDecimal else { throw TemplateFilterError("P-TEMPLATE-AMOUNT-TOO-LARGE", [:]) }
            amount = exact
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-EXACT-AMOUNT", ["type": value.typeName])
        }
        return .string(DecimalText.fixed(amount, places: 2, grouping: true, symbol: symbol))
    }

    /// `{{ 0.025 | percent }}` → `2.5%`; `{{ 0.0312 | percent }}` → `3.1%`; `{{ 1 | percent }}` → `100.0%`;
    /// `{{ 0.12345 | percent(2) }}` → `12.35%`; `{{ none | percent }}` → `—`.
    static func percent(_ value: TemplateValue, places: Int) throws -> TemplateValue {
        guard (0...2).contains(places) else { throw TemplateFilterError("P-TEMPLATE-PLACES-RANGE", ["max": "2"]) }
        let ratioScaled: Int64
        switch value {
        case .null: return .string("—")
        case .double(let d):
            guard d.isFinite, let exact = DecimalText.scaled(d, decimals: places + 2) else { return .string("—") }
            ratioScaled = exact
        case .int, .decimal:
            guard let exact = value.asDecimal else { throw TemplateFilterError("P-TEMPLATE-VALUE-TOO-LARGE", [:]) }
            ratioScaled = DecimalText.divideRounded(exact, by: DecimalText.pow10(2 - places))
        default: throw TemplateFilterError("P-TEMPLATE-EXPECTS-RATIO", ["type": value.typeName])
        }
        let (shifted, overflow) = ratioScaled.multipliedReportingOverflow(by: DecimalText.pow10(4 - places))
        if overflow { throw TemplateFilterError("P-TEMPLATE-VALUE-TOO-LARGE", [:]) }
        let text = DecimalText.fixed(shifted, places: places, grouping: false)
        return .string(text + "%")
    }
}
