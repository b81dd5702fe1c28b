import CYAML
import Diagnostics

/// libyaml's errors and C strings as diagnostics and Swift text.
extension YAMLTreeBuilder {
    /// The error libyaml stopped with, at its line and column.
    func malformed(_ parser: yaml_parser_t, in buffer: UnsafeBufferPointer<UInt8>) -> Diagnostic {
        let problem = Self.string(parser.problem) ?? "cannot parse"
        guard parser.error == YAML_READER_ERROR else {
            let mark = parser.problem_mark
            return .error("E-YAML-SYNTAX", ["problem": problem], at: location(Int(mark.line) + firstLine, Int(mark.column) + 1))
        }
        // A reader error (a control character such as NUL) has no mark, only the byte offset.
        let offset = min(max(Int(parser.problem_offset), 0), buffer.count)
        let before = buffer[..<offset]
        let lineStart = (before.lastIndex(of: 10) ?? -1) + 1
        let column = 1 + buffer[lineStart..<offset].lazy.filter { $0 & 0xC0 != 0x80 }.count
        let line = firstLine + before.lazy.filter { $0 == 10 }.count
        let value = Int(parser.problem_value)
        let what = value >= 0 ? " (U+\(String(value, radix: 16, uppercase: true).leftPadded(to: 4)))" : ""
        return .error("E-YAML-SYNTAX", ["problem": problem + what], at: location(line, column))
    }

    /// libyaml's `count` bytes as text (invalid UTF-8 repaired).
    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?, count: Int) -> String {
        guard let pointer else { return "" }
        return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// A NUL-terminated libyaml string as text, nil for none.
    static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    /// A C string as text, nil for none.
    static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

private extension String {
    /// The text with leading zeros up to `width` characters.
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
