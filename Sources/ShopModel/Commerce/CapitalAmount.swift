/// Chinese capital numerals for money (大写金额), written by the People's Bank of China rules for bills.
///
/// - 元 then 整 when there are no 角 or 分 (`¥10` → 壹拾元整); no 整 after 角 (`壹元伍角`).
/// - One 零 for a run of zeros inside the number (`¥6,007.14` → 陆仟零柒元壹角肆分).
/// - 零 after 元 when 角 is 0 and 分 is not (`¥325.04` → 叁佰贰拾伍元零肆分).
/// - Where the rules leave 零 optional it is left out: a run of zeros that ends at the 万 (or 亿) place
///   before a non-zero 千 (`¥107,000.53` → 壹拾万柒仟元伍角叁分), and zeros at the 元 place before a
///   non-zero 角 (`¥1,680.32` → 壹仟陆佰捌拾元叁角贰分). The 亿 place is treated like the 万 place.
/// - Amounts below one yuan have no 元 part (`¥0.05` → 伍分); negative amounts start with 负.
public enum CapitalAmount {
    static let digits: [Character] = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"]
    static let smallUnits = ["", "拾", "佰", "仟"]

    /// The amount, rounded to 2 decimals half away from zero, in capital numerals: `¥15,230.50` → 壹万伍仟贰佰叁拾元伍角.
    public static func words(for amount: Money) -> String {
        let cents = amount.rounded().tenThousandths / 100
        if cents == 0 { return "零元整" }
        let magnitude = cents.magnitude
        let yuan = magnitude / 100, jiao = Int(magnitude / 10 % 10), fen = Int(magnitude % 10)
        var text = cents < 0 ? "负" : ""
        if yuan > 0 {
            text += integerWords(yuan) + "元"
        }
        if jiao == 0 && fen == 0 { return text + "整" }
        if jiao > 0 {
            text.append(digits[jiao])
            text += "角"
        } else if yuan > 0 {
            text += "零"
        }
        if fen > 0 {
            text.append(digits[fen])
            text += "分"
        }
        return text
    }

    /// A positive whole number with 拾佰仟 inside each group of four digits and 万/亿 between groups.
    static func integerWords(_ number: UInt64) -> String {
        var place: [Int] = []   // place[p] is the digit at 10^p
        var rest = number
        while rest > 0 {
            place.append(Int(rest % 10))
            rest /= 10
        }
        var text = ""
        var pendingZero = false
        for p in stride(from: place.count - 1, through: 0, by: -1) {
            let digit = place[p]
            if digit != 0 {
                // A zero run whose lowest place is 万 or 亿 (p + 1 a group boundary) may go without 零: leave it out.
                if pendingZero && (p + 1) % 4 != 0 { text += "零" }
                pendingZero = false
                text.append(digits[digit])
                text += smallUnits[p % 4]
            } else {
                pendingZero = true
            }
            if p > 0 && p % 4 == 0, let groupName = groupName(at: p, places: place) {
                text += groupName
            }
        }
        return text
    }

    /// 万 or 亿 at a group boundary, when the group (for 亿: anything above it) holds a non-zero digit.
    private static func groupName(at p: Int, places: [Int]) -> String? {
        if p % 8 == 0 {
            return places[p...].contains { $0 != 0 } ? "亿" : nil
        }
        return places[p..<min(p + 4, places.count)].contains { $0 != 0 } ? "万" : nil
    }
}
