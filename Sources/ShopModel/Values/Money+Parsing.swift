extension Money {
    /// Why a written amount was refused.
    public enum ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        /// Not a decimal number at all (`12.3.4`, `abc`, empty).
        case notANumber(String)
        /// More than 4 decimals (`0.12345`).
        case tooManyDecimals(String)
        /// Not below the contract's ceiling of ¥10,000,000,000,000 (more than 13 whole digits).
        case outOfRange(String)

        /// A message for `path:line: error: …`.
        public var description: String {
            switch self {
            case .notANumber(let s): return "`\(s)` is not a decimal amount"
            case .tooManyDecimals(let s): return "`\(s)` has more than 4 decimals"
            case .outOfRange(let s): return "`\(s)` is too large: amounts stay below \(Money.ceilingText)"
            }
        }
    }

    /// Parses `18`, `18.5`, `-3`, `"0.035"`, `+2.50`: digits, an optional point, at most 4 decimals, at most 13 whole
    /// digits (leading zeros aside), so every amount read stays below `Money.ceiling`.
    public static func parse(_ text: String) throws(ParseError) -> Money {
        let bytes = Array(text.utf8)
        var i = 0
        var negative = false
        if i < bytes.count, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var whole: Int64 = 0
        var wholeDigits = 0
        var sawWholeDigit = false
        var fraction: Int64 = 0
        var fractionDigits = 0
        var sawPoint = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: ".") {
                if sawPoint { throw .notANumber(text) }
                sawPoint = true
            } else if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") {
                let digit = Int64(b - UInt8(ascii: "0"))
                if sawPoint {
                    fractionDigits += 1
                    if fractionDigits > Money.scale { throw .tooManyDecimals(text) }
                    fraction = fraction * 10 + digit
                } else {
                    if whole != 0 || digit != 0 { wholeDigits += 1 }
                    if wholeDigits > 13 { throw .outOfRange(text) }
                    sawWholeDigit = true
                    whole = whole * 10 + digit
                }
            } else {
                throw .notANumber(text)
            }
            i += 1
        }
        if !sawWholeDigit && fractionDigits == 0 { throw .notANumber(text) }
        while fractionDigits < Money.scale { fraction *= 10; fractionDigits += 1 }
        let value = whole * Money.unit + fraction
        return Money(tenThousandths: negative ? -value : value)
    }
}
