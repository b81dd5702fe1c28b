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
