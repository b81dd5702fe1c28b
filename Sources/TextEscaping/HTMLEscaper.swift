/// Escapes `& < > " '` for HTML text and attributes, eight bytes at a time: the one HTML escaper of the template
/// engine, the site builder and the preview server (`a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`).
/// Inlinable so the renderer's loop, in another module, is specialised around its own output buffer.
public enum HTMLEscaper {
    /// Appends `text` escaped: `<b>` → `&lt;b&gt;`, `'x'` → `&#39;x&#39;`.
    @inlinable
    public static func append(_ text: String, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes in append(bytes, to: &out) }) != nil { return }
        var text = text
        text.withUTF8 { bytes in append(bytes, to: &out) }
    }

    /// Appends raw UTF-8 bytes escaped.
    @inlinable
    public static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        escape(bytes) { start, count in out.append(contentsOf: UnsafeBufferPointer(start: start, count: count)) }
    }

    /// `text` escaped, as a String: `A & B` → `A &amp; B`.
    public static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `byte` is one that escaping replaces (`&`, `<`, `>`, `"` or `'`).
    @inlinable
    public static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// Hands `emit` the runs of `bytes` to copy as they are and the entities that replace & < > " ', in order;
    /// for writers with their own buffer (the template engine's render output).
    @inlinable @inline(__always)
    public static func escape(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (UnsafePointer<UInt8>, Int) -> Void) {
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
    @inlinable @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        @inline(__always) func zero(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & (ones &* 0x80) }
        return zero(word ^ (ones &* 0x26)) | zero(word ^ (ones &* 0x3C)) | zero(word ^ (ones &* 0x3E))
            | zero(word ^ (ones &* 0x22)) | zero(word ^ (ones &* 0x27))
    }
}
