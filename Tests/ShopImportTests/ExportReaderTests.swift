import Diagnostics
import ShopModel
import Testing
@testable import ShopImport

/// The readers: GB18030 and BOM CSVs, xlsx with shared or inline strings, and what they refuse.
@Suite struct ExportReaderTests {
    static let formats = ["orders-gb18030.csv", "orders-utf8-bom.csv", "orders.xlsx", "orders-inline.xlsx"]

    @Test(arguments: formats)
    func everyFormatReadsTheChineseHeaderAndTheRows(file: String) throws {
        let table = try ImportTable.read(bytes: try ImportFixture.bytes(file), path: file)
        #expect(table.rows.count == 8)  // the header and 7 lines; the xlsx's second sheet is not read
        #expect(table.rows[0].cells.prefix(4).map(\.text) == ["订单编号", "买家公司名", "货号", "商品名称"])
        #expect(table.rows[1][1].text == "宁波北仑安居装饰工程有限公司")
        #expect(table.rows[3][15].text == "广东省佛山市顺德区乐从镇家具城 3 栋")
        #expect(CellText.day(table.rows[1][10], uses1904: false) == Day("2025-12-01"))
        #expect(CellText.money(table.rows[3][5]) == (try? Money.parse("3.875")))
        #expect(table.rows[7][13].text == "DPK300012345678")
    }

    @Test func xlsxDatesAreSerialNumbersAndCSVDatesAreText() throws {
        let xlsx = try ImportTable.read(bytes: try ImportFixture.bytes("orders.xlsx"), path: "orders.xlsx")
        let csv = try ImportTable.read(bytes: try ImportFixture.bytes("orders-gb18030.csv"), path: "orders-gb18030.csv")
        #expect(xlsx.rows[1][10].isNumber && xlsx.rows[1][10].text.hasPrefix("45992."))
        #expect(!csv.rows[1][10].isNumber && csv.rows[1][10].text == "2025-12-01 09:15:02")
        #expect(csv.rows[1].number == 2 && xlsx.rows[1].number == 2)
    }

    @Test func gb18030AndUTF8WithBOMGiveTheSameCells() throws {
        let gb = try ImportTable.read(bytes: try ImportFixture.bytes("orders-gb18030.csv"), path: "a.csv")
        let bom = try ImportTable.read(bytes: try ImportFixture.bytes("orders-utf8-bom.csv"), path: "a.csv")
        #expect(gb.rows == bom.rows)
        let plain = try ImportTable.read(bytes: Array("订单编号,数量\nO-1,5\n".utf8), path: "a.csv")
        #expect(plain.rows.map(\.cells) == [[ImportCell("订单编号"), ImportCell("数量")], [ImportCell("O-1"), ImportCell("5")]])
    }

    @Test(arguments: [
        ([0x50, 0x4B, 0x03, 0x04, 0x00, 0x01, 0x02], "E-IMPORT-XLSX"),         // a zip signature, then nothing
        (Array("订单编号\n".utf8) + [0x81, 0x20, 0x0A], "E-IMPORT-ENCODING"),  // 0x81 0x20 is no GB18030 character
        (Array("a,\"b\n".utf8), "E-CSV-UNTERMINATED"),
        (Array(("a\n" + String(repeating: "长", count: 30_000) + "\n").utf8), "E-IMPORT-CELL-TOO-LONG"),
    ] as [([UInt8], String)])
    func brokenExportsAreOneErrorNamingTheFile(bytes: [UInt8], code: String) {
        #expect(throws: Diagnostic.self) { _ = try ImportTable.read(bytes: bytes, path: "export.csv") }
        do { _ = try ImportTable.read(bytes: bytes, path: "export.csv") } catch let error as Diagnostic {
            #expect(error.code.rawValue == code)
            #expect(error.location?.path == "export.csv")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func aTruncatedWorkbookIsAnErrorNotACrash() throws {
        let whole = try ImportFixture.bytes("orders.xlsx")
        for cut in stride(from: 4, to: whole.count, by: 397) {
            #expect(throws: Diagnostic.self) { _ = try ImportTable.read(bytes: Array(whole.prefix(cut)), path: "cut.xlsx") }
        }
    }

    @Test(arguments: [
        ("45992", false, "2025-12-01"), ("45992.6354", false, "2025-12-01"), ("61", false, "1900-03-01"),
        ("59", false, "1900-02-28"), ("1", false, "1900-01-01"), ("44530", true, "2025-12-01"),
    ])
    func excelSerialNumbersAreDays(serial: String, uses1904: Bool, day: String) {
        #expect(CellText.day(ImportCell(serial, isNumber: true), uses1904: uses1904) == Day(day))
    }

    @Test func theDayExcelInventedAndNonsenseAreNotDays() {
        #expect(CellText.day(ImportCell("60", isNumber: true), uses1904: false) == nil)  // 1900-02-29
        #expect(CellText.day(ImportCell("-3", isNumber: true), uses1904: false) == nil)
        #expect(CellText.day(ImportCell("99999999", isNumber: true), uses1904: false) == nil)
    }

    @Test(arguments: [
        ("2025-12-01", "2025-12-01"), ("2025/12/1", "2025-12-01"), ("2025-12-01 09:15:02", "2025-12-01"),
        ("2025年12月1日", "2025-12-01"), ("2025.12.01", "2025-12-01"), (" 2025-12-01T08:00 ", "2025-12-01"),
    ])
    func dateTextsAreDays(text: String, day: String) {
        #expect(CellText.day(ImportCell(text), uses1904: false) == Day(day))
    }

    @Test(arguments: ["", "12/1/2025", "2025-02-30", "昨天", "25-12-01"])
    func otherTextsAreNotDays(text: String) {
        #expect(CellText.day(ImportCell(text), uses1904: false) == nil)
    }
}
