#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Converts GB18030 bytes to UTF-8 with the C library's iconv; the one place that holds an iconv handle.
enum IconvConverter {
    /// Why a conversion failed: the byte offset of the first sequence GB18030 does not define.
    struct Failure: Error { var offset: Int }

    /// The UTF-8 text of GB18030 `bytes`; a failure names the first bad byte's offset.
    static func gb18030ToUTF8(_ bytes: [UInt8]) throws(Failure) -> [UInt8] {
        guard let handle = iconv_open("UTF-8", "GB18030"), handle != UnsafeMutableRawPointer(bitPattern: -1) else {
            throw Failure(offset: 0)
        }
        defer { iconv_close(handle) }
        var input = bytes
        // GB18030 needs at most 4 bytes per character, UTF-8 at most 4: twice the input plus slack always fits.
        var output = [UInt8](repeating: 0, count: bytes.count * 2 + 16)
        let (result, consumed, produced) = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let result = iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft)
                return (result, inBuffer.count - inLeft, outBuffer.count - outLeft)
            }
        }
        guard result != -1 && consumed == bytes.count else { throw Failure(offset: consumed) }
        output.removeSubrange(produced...)
        return output
    }
}
