import Diagnostics
import ShopImport

/// libFuzzer entry point: reads the input as an .xlsx export through libzip and expat; a table or a Diagnostic
/// naming the file, never a crash, a leak of a C handle or an unbounded allocation.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let table = try ImportTable.read(bytes: bytes, path: "export.xlsx")
        for row in table.rows {
            precondition(row.cells.count <= 16_384, "more columns than a sheet has")
            for cell in row.cells { precondition(cell.text.utf8.count <= ImportTable.maximumCellBytes, "cell over the bound") }
        }
    } catch {
        precondition(error.location?.path == "export.xlsx", "a reader error must name the file")
    }
    return 0
}
