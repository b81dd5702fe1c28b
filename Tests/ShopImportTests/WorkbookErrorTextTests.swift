import CZip
import Diagnostics
import Foundation
import Testing
@testable import ShopImport

/// An unreadable .xlsx export is explained in the merchant's language: the reason is a phrase of the catalogue, and
/// only libzip's or expat's own words stay as the library printed them.
struct WorkbookErrorTextTests {
    /// The first line of the message for `bytes` read as `export.xlsx`, in `language`.
    static func message(_ bytes: [UInt8], in language: Language) -> String {
        do {
            _ = try ImportTable.read(bytes: bytes, path: "export.xlsx")
            return "read"
        } catch let error as Diagnostic {
            return error.formatted(in: language)
        } catch {
            return "\(error)"
        }
    }

    @Test func aCutWorkbookSaysSoInChineseAndEnglish() throws {
        let cut = Array(try ImportFixture.bytes("orders.xlsx").prefix(3000))
        #expect(Self.message(cut, in: .zhCN)
                == "export.xlsx: error: 不是可读取的 .xlsx 工作簿：不是完整的 zip 压缩包，而 .xlsx 文件本应是（文件是否没有传完，或另存成了 .xls、CSV？）")
        #expect(Self.message(cut, in: .en)
                == "export.xlsx: error: not a readable .xlsx workbook: not a complete zip archive, which an .xlsx file is (was it cut short, or saved as .xls or CSV?)")
    }

    @Test func malformedXMLNamesTheEntryAndLine() throws {
        let zip = try Self.zip(["xl/workbook.xml": "<workbook>\n<sheets><sheet"])
        #expect(Self.message(zip, in: .zhCN) == "export.xlsx: error: 不是可读取的 .xlsx 工作簿：xl/workbook.xml 第 2 行的 XML 格式错误（expat：unclosed token）")
    }

    @Test func aWorkbookWithoutRelationsNamesTheMissingEntry() throws {
        let zip = try Self.zip(["xl/workbook.xml": "<workbook/>"])
        #expect(Self.message(zip, in: .zhCN) == "export.xlsx: error: 不是可读取的 .xlsx 工作簿：缺少 xl/_rels/workbook.xml.rels")
    }

    /// A zip of `files`, written by libzip (the library the reader uses) into a temporary file.
    static func zip(_ files: [String: String]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("wb-\(UUID().uuidString).xlsx").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var status: Int32 = 0
        let archive = try #require(zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &status))
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let bytes = Array(text.utf8)
            let copy = try #require(malloc(max(bytes.count, 1)))
            bytes.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: bytes.count) } }
            let source = try #require(zip_source_buffer(archive, copy, zip_uint64_t(bytes.count), 1))  // libzip frees `copy`
            #expect(zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8)) >= 0)
        }
        #expect(zip_close(archive) == 0)
        return Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    }
}
