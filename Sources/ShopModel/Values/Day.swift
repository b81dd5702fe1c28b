/// A calendar date without time or zone, written `YYYY-MM-DD`; arithmetic is in whole days.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    /// Days since 1970-01-01 (negative before it).
    public var ordinal: Int

    /// Creates a day from its ordinal.
    public init(ordinal: Int) { self.ordinal = ordinal }

    /// Creates a day from a valid year, month and day; nil for impossible dates such as 2025-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146_097 + doe - 719_468
    }

    /// Parses exactly `YYYY-MM-DD`; nil for any other shape or an impossible date.
    public init?(_ text: String) {
        let b = Array(text.utf8)
        guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                guard b[i] >= 48 && b[i] <= 57 else { return nil }
                n = n * 10 + Int(b[i] - 48)
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day.
    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// `2025-11-30`.
    public var description: String {
        let (y, m, d) = components
        guard (0...9999).contains(y) else {
            func pad(_ n: Int, _ width: Int) -> String {
                let s = String(n)
                return String(repeating: "0", count: max(0, width - s.count)) + s
            }
            return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
        }
        // Ten ASCII bytes: a small string, built without allocating.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10) { digits in
            digits[0] = UInt8(48 + y / 1000); digits[1] = UInt8(48 + y / 100 % 10); digits[2] = UInt8(48 + y / 10 % 10)
            digits[3] = UInt8(48 + y % 10); digits[4] = 45; digits[5] = UInt8(48 + m / 10); digits[6] = UInt8(48 + m % 10)
            digits[7] = 45; digits[8] = UInt8(48 + d / 10); digits[9] = UInt8(48 + d % 10)
            return String(decoding: digits, as: UTF8.self)
        }
    }

    /// The day `n` days later (earlier when negative).
    public func adding(days n: Int) -> Day { Day(ordinal: ordinal + n) }

    /// Whole days from `self` to `other`.
    public func distance(to other: Day) -> Int { other.ordinal - ordinal }

    /// Strideable conformance.
    public func advanced(by n: Int) -> Day { adding(days: n) }

    /// Orders chronologically.
    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
