/// CSV fields as RFC 4180 writes them, made safe to open in a spreadsheet (the site's table downloads).
public enum CSVEscaper {
    /// Appends one field: quoted when it holds a comma, quote or line break (`say "hi", x` → `"say ""hi"", x"`);
    /// a text field starting like a formula (`=`, `+`, `-`, `@`, tab, CR) is defused with a leading `'`
    /// (`=1+1` → `'=1+1`) so spreadsheets do not run it; a `numeric` field (`-3.50`) is written as it is.
    public static func appendField(_ text: String, numeric: Bool, to out: inout [UInt8]) {
        // The characters that defuse or quote a field are ASCII, so bytes decide (a multi-byte scalar never matches).
        let defused: Bool
        switch text.utf8.first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: defused = !numeric
        default: defused = false
        }
        func special(_ byte: UInt8) -> Bool { byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D }
        let quoted = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? text.utf8.contains(where: special)
        if quoted {
            out.append(0x22)
            if defused { out.append(UInt8(ascii: "'")) }
            for byte in text.utf8 {
                if byte == 0x22 { out.append(0x22) }
                out.append(byte)
            }
            out.append(0x22)
        } else {
            if defused { out.append(UInt8(ascii: "'")) }
            out.append(contentsOf: text.utf8)
        }
    }

    /// `text` as one CSV field, as a String (`a,b` → `"a,b"`).
    public static func field(_ text: String, numeric: Bool = false) -> String {
        var out: [UInt8] = []
        appendField(text, numeric: numeric, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
