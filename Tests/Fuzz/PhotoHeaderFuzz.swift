import Photos

/// libFuzzer entry point: reads the input as a product photo's header (what `check` and the build's first step do);
/// a format and a sane pixel size, or a PhotoError, never a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let head = try? PhotoLab.header(of: bytes) {
        precondition(head.width > 0 && head.height > 0, "a header with no pixels was accepted")
        precondition(head.width.multipliedReportingOverflow(by: head.height).partialValue <= 100_000_000, "over 100 megapixels accepted")
        precondition(!bytes.isEmpty, "an empty file was accepted")
    }
    return 0
}
