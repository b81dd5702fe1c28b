/// Gathers text bytes with every run of ASCII whitespace collapsed into one space.
struct PlainTextCollector {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    /// Adds text, collapsing whitespace.
    mutating func append(_ text: UnsafeRawBufferPointer) {
        for byte in text {
            switch byte {
            case 32, 9, 10, 11, 12, 13: pendingSpace = true
            default:
                if pendingSpace, !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte)
            }
        }
    }

    /// Marks a word boundary (a block end or a line break).
    mutating func appendSpace() { pendingSpace = true }

    /// The collected text, trimmed, cut to at most `limit` characters (without a trailing space).
    func result(limit: Int) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.count > limit else { return text }
        var cut = text.prefix(limit)
        while cut.last == " " { cut.removeLast() }
        return String(cut)
    }
}
