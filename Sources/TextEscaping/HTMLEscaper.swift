/// Appends text to a byte buffer, escaping `& < > " '` for HTML text and attributes (shared with the site builder).
public enum HTMLEscaper {
    /// Appends `text` escaped.
    public static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes in append(bytes, to: &out) }) != nil { return }
        var text = text
        text.withUTF8 { bytes in append(bytes, to: &out) }
    }

    /// Appends raw bytes escaped.
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        escape(bytes) { start, count in out.append(contentsOf: UnsafeBufferPointer(start: start, count: count)) }
    }

    /// Appends `text` escaped to a render's output.
    static func append(_ text: String, to out: OutputBytes) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes in escape(bytes) { out.append($0, count: $1) } }) != nil { return }
        var text = text
        text.withUTF8 { bytes in escape(bytes) { out.append($0, count: $1) } }
    }

    /// Appends the decimal digits of `n` to a render's output.
    static func append(_ n: Int, to out: OutputBytes) {
        var magnitude = n.magnitude
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 24) { digits in
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if n < 0 { start -= 1; digits[start] = UInt8(ascii: "-") }
            if let base = digits.baseAddress { out.append(base + start, count: digits.count - start) }
        }
    }

    /// Hands `emit` the runs of `bytes` to copy as they are and the entities that replace & < > " '.
    @inline(__always)
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafePointer<UInt8>, Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var start = 0, i = 0
        while i < count {
            let j: Int
            if i + 8 <= count {
                // Eight bytes at a time; the lowest flagged byte is the first of & < > " ' in the word.
                let found = specialBytes(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                if found == 0 { i += 8; continue }
                j = i + found.trailingZeroBitCount >> 3
            } else {
                j = i
            }
            let replacement: StaticString
            switch base[j] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: i = j + 1; continue
            }
            if start < j { emit(base + start, j - start) }
            emit(replacement.utf8Start, replacement.utf8CodeUnitCount)
            i = j + 1
            start = i
        }
        if start < count { emit(base + start, count - start) }
    }

    /// The top bit of each byte of `word` (little-endian) that may be one of & < > " '; the lowest one set always is.
    @inline(__always)
    private static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & (ones &* 0x80) }
        return zero(word ^ (ones &* 0x26)) | zero(word ^ (ones &* 0x3C)) | zero(word ^ (ones &* 0x3E))
            | zero(word ^ (ones &* 0x22)) | zero(word ^ (ones &* 0x27))
    }

    /// `text` escaped, as a String.
    public static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the decimal digits of `n` without allocating a String.
    static func append(_ n: Int, to out: inout [UInt8]) {
        if n < 0 { out.append(UInt8(ascii: "-")) }
        var magnitude = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(48 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: buffer[(20 - count)...])
        }
    }
}
