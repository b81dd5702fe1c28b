import ShopModel

extension CellText {
    /// A day: `2025-11-01`, `2025/11/1`, `2025-11-01 14:23:05`, `2025年11月1日`, or (from an .xlsx) a date serial
    /// number counted from 1900 (Excel's phantom 1900-02-29 included) or 1904.
    public static func day(_ cell: ImportCell, uses1904: Bool) -> Day? {
        let text = clean(cell.text)
        if cell.isNumber { return serialDay(text, uses1904: uses1904) }
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
}
