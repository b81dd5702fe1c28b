/// JSON string literals (RFC 8259), the one JSON string escaper of the tool: `"` and `\` and every control character
/// are always escaped, and so are U+2028 and U+2029 (line breaks to JavaScript); `options` says what else, so each
/// caller keeps the exact bytes it has always written (see `JSONEscaper.Options` for who uses which).
public enum JSONEscaper {
    /// `text` as a JSON string literal, quotes included:
    /// `quoted("<a href='x'>", options: .templateFilter)` → `"\u003ca href=\u0027x\u0027\u003e"`.
    public static func quoted(_ text: String, options: Options) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 2)
        appendQuoted(text, options: options, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal, quotes included.
    public static func appendQuoted(_ text: String, options: Options, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        appendEscaped(text, options: options, to: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// Appends the inside of a JSON string literal: runs that need no escape are copied whole.
    public static func appendEscaped(_ text: String, options: Options, to out: inout [UInt8]) {
        if text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, options: options, to: &out) }) != nil { return }
        var text = text
        text.withUTF8 { appendEscaped($0, options: options, to: &out) }
    }

    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, options: Options, to out: inout [UInt8]) {
        var start = 0, i = 0
        while i < bytes.count {
            let byte = bytes[i]
            var length = 1
            let replacement: StaticString
            switch byte {
            case 0x22: replacement = "\\\""
            case 0x5C: replacement = "\\\\"
            case 0x09 where options.contains(.shortWhitespace): replacement = "\\t"
            case 0x0A where options.contains(.shortWhitespace): replacement = "\\n"
            case 0x0D where options.contains(.shortWhitespace): replacement = "\\r"
            case 0x08 where options.contains(.shortBackspaceFormFeed): replacement = "\\b"
            case 0x0C where options.contains(.shortBackspaceFormFeed): replacement = "\\f"
            case 0x3C where options.contains(.htmlSafe): replacement = "\\u003c"
            case 0x3E where options.contains(.htmlSafe): replacement = "\\u003e"
            case 0x26 where options.contains(.htmlSafe): replacement = "\\u0026"
            case 0x27 where options.contains(.apostrophe): replacement = "\\u0027"
            case 0x7F where options.contains(.delete): replacement = "\\u007f"
            case 0..<0x20: replacement = ""
            case 0xE2 where i + 2 < bytes.count && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
                replacement = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                length = 3
            default: i += 1; continue
            }
            if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i])) }
            if replacement.utf8CodeUnitCount == 0 {
                appendUnicodeEscape(byte, to: &out)
            } else {
                out.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
            }
            i += length
            start = i
        }
        if start < bytes.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...])) }
    }

    /// Appends `\u00XX` for an ASCII byte, in lowercase hex (`0x1F` → `\u001f`).
    private static func appendUnicodeEscape(_ byte: UInt8, to out: inout [UInt8]) {
        let hex: StaticString = "0123456789abcdef"
        let digits = UnsafeBufferPointer(start: hex.utf8Start, count: 16)
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                digits[Int(byte >> 4)], digits[Int(byte & 15)]])
    }
}
