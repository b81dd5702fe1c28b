import Testing
@testable import ShopImport
import ShopModel
import FrontMatter

/// Amounts, quantities and status words as exports write them.
@Suite struct CellTextTests {
    @Test(arguments: [
        ("¥1,234.50", false, "1234.5"), ("￥30", false, "30"), ("30元", false, "30"), ("0.035", false, "0.035"),
        ("12.499999999999998", true, "12.5"), ("0.26249999", true, "0.2625"), ("3.875", true, "3.875"),
        ("=\"18\"", false, "18"), ("'2.85", false, "2.85"), ("9.99995", true, "10"),
    ])
    func amounts(text: String, isNumber: Bool, expected: String) throws {
        #expect(CellText.money(ImportCell(text, isNumber: isNumber)) == (try Money.parse(expected)))
    }

    @Test(arguments: ["", "abc", "-5", "1.2.3", "0.12345", "10000000000000", "1e3"])
    func notAmounts(text: String) {
        #expect(CellText.money(ImportCell(text)) == nil)
    }

    @Test(arguments: [("200", 200), ("200.0", 200), ("1,000", 1000), (" 5 ", 5), ("1000000000", 1_000_000_000)])
    func quantities(text: String, expected: Int) {
        #expect(CellText.quantity(ImportCell(text)) == expected)
    }

    @Test(arguments: ["0", "-1", "2.5", "1000000001", "十"])
    func notQuantities(text: String) {
        #expect(CellText.quantity(ImportCell(text)) == nil)
    }

    @Test(arguments: [
        ("等待买家付款", OrderStatus.pendingPayment), ("等待卖家发货", .pendingShipment), ("等待买家确认收货", .shipped),
        ("已发货", .shipped), ("交易成功", .completed), ("交易关闭", .cancelled), ("退款中", .refunded), ("退款成功", .refunded),
        ("纠纷中", .disputed), ("completed", .completed), (" 交易成功 ", .completed),
    ])
    func statusWords(word: String, status: OrderStatus) {
        #expect(StatusWords.status(word) == status)
    }

    @Test func anUnlistedStatusWordIsNone() {
        #expect(StatusWords.status("已签收") == nil)
        #expect(StatusWords.status("") == nil)
    }

    @Test(arguments: [("HD-T001", "HD-T001"), ("顺丰速运", "顺丰速运"), ("0123", "\"0123\""), ("true", "\"true\""),
                      ("a: b", "\"a: b\""), ("say \"hi\"", "\"say \\\"hi\\\"\""), ("SF 123", "\"SF 123\""), ("", "\"\"")])
    func yamlScalarsReadBackAsWritten(text: String, written: String) {
        #expect(YAMLText.scalar(text) == written)
    }

    @Test(arguments: ["O-0029992", "HD-T001", "SF1409283746501", "C-004", "a.b/c_d", "x", "Y", "n", "NO", "True", "null",
                      "nulls", "yes1", "Off", "1abc", "-x", ".x", "_x", "x y", "x:", "x#", "x,y", "", "é", "Ä-1", "x\u{7F}"])
    func theASCIIWordShortcutAgreesWithTheScalarWriter(text: String) {
        let plain = YAMLScalar.isPlain(text, style: .words)
        #expect(YAMLText.isPlainASCIIWord(text) == (plain && text.utf8.allSatisfy { $0 < 0x80 }))
        #expect(YAMLText.scalar(text) == YAMLScalar.write(text, style: .words))
    }
}

/// The byte-level reading of the common date forms gives what the general path gives, and leaves every other form to it.
@Suite struct PlainDateTests {
    @Test(arguments: ["2025-11-01", "2025/11/1", "2025.1.9", "2025-11-01 14:23:05", "2025-11-01T08:00", "2025-02-30",
                      "2024-02-29", "2025-13-01", "2025-00-10", "1000-01-01"])
    func plainFormsReadAsTheGeneralPathReadsThem(text: String) throws {
        let numbers = try #require(CellText.plainDate(text))
        #expect(Day(year: numbers.year, month: numbers.month, day: numbers.day) == CellText.writtenDay(text))
        #expect(CellText.day(ImportCell(text), uses1904: false) == CellText.writtenDay(text))
    }

    @Test(arguments: ["2025年11月1日", "2025--11-01", "20251-01-01", "999-01-01", "0999-01-01", "2025-011-01", "2025-11-011",
                      "2025-11-01日", "2025-11-01x", "2025-11", "", "+2025-11-01", " 2025-11-01", "2025-11-"])
    func otherFormsAreLeftToTheGeneralPath(text: String) {
        #expect(CellText.plainDate(text) == nil)
        #expect(CellText.day(ImportCell(text), uses1904: false) == CellText.writtenDay(CellText.clean(text)))
    }
}
