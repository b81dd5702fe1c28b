import ShopModel
import TemplateEngine

/// Number formats of the site, without Foundation formatters: `12,480`, `2.5%`, `¥1,234.50`, `¥0.035`.
enum Display {
    /// A whole number with thousands separators.
    static func integer(_ value: Int) -> String {
        let magnitude = value.magnitude
        if magnitude < 1000 { return String(value) }
        // Written right to left into a buffer and made a string once (appending scalar by scalar cost ~60 instructions
        // a digit); at most 19 digits, 6 commas and a sign.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 26) { buffer in
            var n = magnitude, start = buffer.count, inGroup = 0
            repeat {
                if inGroup == 3 { start -= 1; buffer[start] = UInt8(ascii: ","); inGroup = 0 }
                start -= 1
                buffer[start] = UInt8(truncatingIfNeeded: 48 + n % 10)
                n /= 10
                inGroup += 1
            } while n > 0
            if value < 0 { start -= 1; buffer[start] = UInt8(ascii: "-") }
            return String(decoding: UnsafeMutableBufferPointer(rebasing: buffer[start...]), as: UTF8.self)
        }
    }

    /// A ratio as a percentage with `places` decimals (half away from zero), "—" for nil or non-finite.
    static func percent(_ ratio: Double?, places: Int = 1) -> String {
        guard let ratio, ratio.isFinite else { return "—" }
        return decimal(ratio * 100, places: places) + "%"
    }

    /// A double with a fixed number of decimals, half away from zero.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (value * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled.magnitude < 9e15 else { return "—" }
        let whole = Int(scaled)
        var digits = String(whole.magnitude)
        if places > 0 {
            while digits.count <= places { digits = "0" + digits }
            digits.insert(".", at: digits.index(digits.endIndex, offsetBy: -places))
        }
        return (whole < 0 ? "-" : "") + digits
    }

    /// A date as a sentence writes it: `2025年11月30日` in zh-CN, `30 Nov 2025` in en.
    static func longDate(_ day: Day, locale: SiteLocale) -> String {
        let (year, month, date) = day.components
        switch locale {
        case .zhCN: return "\(year)年\(month)月\(date)日"
        case .en: return "\(date) \(monthAbbreviations[(month - 1) % 12]) \(year)"
        }
    }

    /// English month names as dates in prose shorten them.
    static let monthAbbreviations = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Money with symbol, separators and 2 decimals.
    static func money(_ amount: Money?, symbol: String) -> String {
        guard let amount else { return "—" }
        return DecimalText.fixed(amount.tenThousandths, places: 2, grouping: true, symbol: symbol)
    }

    /// A unit price as written: 2 decimals, or up to 4 when the price has them (`¥0.035`).
    static func price(_ amount: Money, symbol: String) -> String {
        guard amount.tenThousandths % 100 != 0 else { return money(amount, symbol: symbol) }
        var text = DecimalText.fixed(amount.tenThousandths, places: 4, grouping: true, symbol: symbol)
        while text.utf8.last == UInt8(ascii: "0") { text.removeLast() }
        return text
    }

    /// A rate (0.13 as a fraction or 5 as a percentage) as a percentage without trailing zeros: `13%`, `5%`, `2.5%`.
    static func rate(_ value: Rate, isFraction: Bool) -> String {
        let percent = isFraction ? value.tenThousandths * 100 : value.tenThousandths
        return DecimalText.plain(percent) + "%"
    }

    /// A plain decimal for CSV cells and sort keys: `1234.50`.
    static func plain(_ amount: Money) -> String { amount.plain }

    /// A ratio for CSV: up to 6 decimals, empty when nil.
    static func ratioCSV(_ ratio: Double?) -> String {
        guard let ratio, ratio.isFinite else { return "" }
        var text = decimal(ratio, places: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
