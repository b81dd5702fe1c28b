import Diagnostics
import ShopImport

/// libFuzzer entry point: reads the input as a CSV export (UTF-8, BOM or GB18030 through iconv); a table or a
/// Diagnostic naming the file, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    // Not starting with a zip signature, so the CSV reader is the one under test.
    guard !bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) else { return 0 }
    do {
        let table = try ImportTable.read(bytes: bytes, path: "export.csv")
        var previous = 0
        for row in table.rows {
            precondition(row.number > previous, "rows out of order")
            previous = row.number
            for cell in row.cells { precondition(cell.text.utf8.count <= ImportTable.maximumCellBytes, "cell over the bound") }
        }
    } catch {
        precondition(error.location?.path == "export.csv", "a reader error must name the file")
    }
    return 0
}
