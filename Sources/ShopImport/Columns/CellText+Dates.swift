import ShopModel

extension CellText {
    /// A day: `2025-11-01`, `2025/11/1`, `2025-11-01 14:23:05`, `2025年11月1日`, or (from an .xlsx) a date serial
    /// number counted from 1900 (Excel's phantom 1900-02-29 included) or 1904.
    public static func day(_ cell: ImportCell, uses1904: Bool) -> Day? {
        let text = clean(cell.text)
        if cell.isNumber { return serialDay(text, uses1904: uses1904) }
        if let numbers = plainDate(text) { return Day(year: numbers.year, month: numbers.month, day: numbers.day) }
        return writtenDay(text)
    }

    /// A day written out (`2025/11/1`, `2025年11月1日`, `2025-11-01 14:23:05`), the general path of `day`.
    static func writtenDay(_ text: String) -> Day? {
        var datePart = Substring(text)
        if let cut = datePart.firstIndex(where: { $0 == " " || $0 == "T" }) { datePart = datePart[..<cut] }
        if datePart.hasSuffix("日") { datePart = datePart.dropLast() }
        let numbers = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." || $0 == "年" || $0 == "月" })
        guard numbers.count == 3, numbers[0].count == 4, numbers[1].count <= 2, numbers[2].count <= 2,
              let year = Int(numbers[0]), let month = Int(numbers[1]), let day = Int(numbers[2]) else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The day of an Excel serial number (its fraction, the time of day, dropped).
    static func serialDay(_ text: String, uses1904: Bool) -> Day? {
        let whole = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard let serial = Int(whole), serial >= 1, serial <= 2_958_465 else { return nil }  // up to 9999-12-31
        if uses1904 { return Day(year: 1904, month: 1, day: 1)?.adding(days: serial) }
        // 1900 system: serial 1 is 1900-01-01 and 60 the 1900-02-29 that never was; from 61 on, 1899-12-30 + serial.
        guard serial != 60 else { return nil }
        let base = serial < 60 ? Day(year: 1899, month: 12, day: 31) : Day(year: 1899, month: 12, day: 30)
        return base?.adding(days: serial)
    }

    /// The numbers of the common form `2025-11-01` (or `/`, `.` between them, one-digit month and day), alone or
    /// followed by a space or `T` and a time, read from the bytes; nil for any other text, which the general path
    /// reads (with the same result for these forms: an export repeats its dates hundreds of thousands of times).
    static func plainDate(_ text: String) -> (year: Int, month: Int, day: Int)? {
        var bytes = text.utf8.makeIterator()
        func number(maxDigits: Int, end: (UInt8?) -> Bool) -> Int? {
            var value = 0, digits = 0
            while let byte = bytes.next() {
                if byte >= 0x30 && byte <= 0x39, digits < maxDigits {
                    value = value * 10 + Int(byte - 0x30)
                    digits += 1
                    continue
                }
                return digits > 0 && end(byte) ? value : nil
            }
            return digits > 0 && end(nil) ? value : nil
        }
        let separator = { (byte: UInt8?) in byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ".") }
        guard let year = number(maxDigits: 4, end: separator), year >= 1000,
              let month = number(maxDigits: 2, end: separator),
              let day = number(maxDigits: 2, end: { $0 == nil || $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") }) else { return nil }
        return (year, month, day)
    }
}
