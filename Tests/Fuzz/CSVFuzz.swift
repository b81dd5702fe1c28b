import FrontMatter

/// libFuzzer entry point: reads the input as `data/traffic.csv`; a row list or a Diagnostic, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let rows = try? CSVReader.parse(bytes, path: "data/traffic.csv") {
        var previous = 0
        for row in rows {
            // Rows come in file order, each on a real line.
            precondition(row.line > previous && row.line >= 1, "CSV row lines out of order")
            previous = row.line
        }
    }
    return 0
}
