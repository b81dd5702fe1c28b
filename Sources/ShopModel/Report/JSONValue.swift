import Concurrency
import TextEscaping

/// A JSON value with object keys in a fixed order, printed deterministically by hand (no Foundation).
enum JSONValue {
    case null
    case bool(Bool)
    case int(Int)
    /// A number; NaN and infinities print as null.
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])
    /// An array of `count` items, item `i` made by `make(i)` only when written, in chunks on every core: the same bytes
    /// as `.array` of the items (the report's 70,000 rows of the 10k shop: made and written serially, they were
    /// the largest serial part of `report`).
    case rows(Int, @Sendable (Int) -> JSONValue)

    /// Items per chunk of `.rows`.
    static let rowsPerChunk = 1024

    /// A money amount as the report writes it: a string with two decimals.
    static func money(_ amount: Money) -> JSONValue { .string(amount.plain) }

    /// A ratio, or null.
    static func ratio(_ value: Double?) -> JSONValue { value.map { .number($0) } ?? .null }

    /// A date, or null.
    static func day(_ day: Day?) -> JSONValue { day.map { .string($0.description) } ?? .null }

    /// Pretty-printed with 2-space indentation and `"key": value`.
    /// `capacity` is a guess of the printed size (a large report then grows its buffer once or never);
    /// `newline` ends the text with a line feed without copying it again.
    func printed(capacity: Int = 1 << 12, newline: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(capacity)
        write(to: &out, indent: 0)
        if newline { out.append(UInt8(ascii: "\n")) }
        return String(decoding: out, as: UTF8.self)
    }

    private func write(to out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let n): DecimalDigits.append(n, to: &out)
        case .number(let d): out.append(contentsOf: (d.isFinite ? (d == 0 ? "0.0" : d.description) : "null").utf8)
        case .string(let s): JSONValue.escape(s, into: &out)
        case .rows(let count, let make): JSONValue.writeRows(count, make, to: &out, indent: indent)
        case .array(let items):
            guard !items.isEmpty else { out.append(contentsOf: "[]".utf8); return }
            out.append(contentsOf: "[\n".utf8)
            for (i, item) in items.enumerated() {
                JSONValue.pad(indent + 2, into: &out)
                item.write(to: &out, indent: indent + 2)
                if i < items.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.pad(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (key, value)) in members.enumerated() {
                JSONValue.pad(indent + 2, into: &out)
                JSONValue.escape(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                value.write(to: &out, indent: indent + 2)
                if i < members.count - 1 { out.append(UInt8(ascii: ",")) }
                out.append(UInt8(ascii: "\n"))
            }
            JSONValue.pad(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// `.rows`: chunks of items made and written on every core into buffers of their own, appended in order.
    private static func writeRows(_ count: Int, _ make: @Sendable (Int) -> JSONValue, to out: inout [UInt8], indent: Int) {
        guard count > 0 else { out.append(contentsOf: "[]".utf8); return }
        out.append(contentsOf: "[\n".utf8)
        let chunks = stride(from: 0, to: count, by: rowsPerChunk).map { $0..<Swift.min($0 + rowsPerChunk, count) }
        let parts = chunks.parallelMap(serialUpTo: 1) { range -> [UInt8] in
            var part: [UInt8] = []
            part.reserveCapacity(range.count * 256)
            for index in range {
                pad(indent + 2, into: &part)
                make(index).write(to: &part, indent: indent + 2)
                if index < count - 1 { part.append(UInt8(ascii: ",")) }
                part.append(UInt8(ascii: "\n"))
            }
            return part
        }
        for part in parts { out.append(contentsOf: part) }
        pad(indent, into: &out)
        out.append(UInt8(ascii: "]"))
    }

    private static func pad(_ indent: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
    }

    /// The JSON string literal of `text`, as `printed()` writes it.
    static func escaped(_ text: String) -> String {
        var out: [UInt8] = []
        escape(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON string literal: quotes, backslashes, control characters, DEL and U+2028/U+2029 escaped; other text as UTF-8
    /// (`JSONEscaper` with the `.report` options).
    static func escape(_ text: String, into out: inout [UInt8]) {
        JSONEscaper.appendQuoted(text, options: .report, to: &out)
    }
}
