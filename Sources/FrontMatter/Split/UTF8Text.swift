import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level helpers shared by the splitter and the CSV reader: BOM, CRLF and UTF-8 checks without per-character work.
enum UTF8Text {
    /// The UTF-8 byte order mark.
    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The bytes with a leading BOM removed and every CRLF turned into LF (a lone CR is kept).
    static func normalised(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        normalise(&out)
        return out
    }

    /// Drops a leading BOM and turns every CRLF into LF, in place (no copy when there is neither).
    static func normalise(_ bytes: inout [UInt8]) {
        let kept = bytes.withUnsafeMutableBufferPointer { normalise($0) }
        bytes.removeSubrange(kept...)
    }

    /// Drops a leading BOM and turns every CRLF into LF by moving bytes forward; returns the new length.
    static func normalise(_ bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        let start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        // memchr scans many bytes at a time: most files have no CR at all.
        guard let base = bytes.baseAddress, memchr(base, 13, count) != nil else {
            if start > 0, let base = bytes.baseAddress { base.update(from: base + start, count: count - start) }
            return count - start
        }
        var out = 0
        var index = start
        while index < count {
            let byte = base[index]
            if byte != 13 || index + 1 >= count || base[index + 1] != 10 {
                base[out] = byte
                out += 1
            }
            index += 1
        }
        return out
    }

    /// The normalised bytes as a String, or an error naming the line of the first byte that is not UTF-8.
    static func decode(_ bytes: [UInt8], path: String) throws(Diagnostic) -> String {
        try decodeKeepingBytes(bytes, path: path).text
    }

    /// Like `decode`, also returning the normalised bytes the text was made from (for offset scanning).
    static func decodeKeepingBytes(_ bytes: [UInt8], path: String) throws(Diagnostic) -> (bytes: [UInt8], text: String) {
        let clean = normalised(bytes)
        if let text = String(validating: clean, as: UTF8.self) { return (clean, text) }
        let bad = firstInvalidOffset(clean) ?? clean.count
        let line = 1 + clean[..<bad].lazy.filter { $0 == 10 }.count
        throw .error("E-NOT-UTF8", at: Location(path: path, line: line))
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence.
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidOffset($0) }
    }

    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence
    /// (ASCII runs are skipped eight bytes at a time).
    static func firstInvalidOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < bytes.count {
            while index + 8 <= bytes.count,
                  raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < bytes.count else { break }
            let lead = bytes[index]
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length {
                let byte = bytes[index + offset]
                let (min, max) = offset == 1 ? (low, high) : (UInt8(0x80), UInt8(0xBF))
                if byte < min || byte > max { return index }
            }
            index += length
        }
        return nil
    }
}
