/// Changes single top-level scalar keys of a file's front matter in place: other lines, comments and line ends
/// stay as they were; a missing key is inserted after the last key that precedes it in the contract's order.
struct FrontMatterEdit {
    /// The contract's order of order fields, for inserting a missing key.
    static let orderFieldOrder = ["id", "customer", "date", "status", "items", "shipping", "discount", "ship_by",
                                  "shipped_at", "tracking", "carrier", "tracking_at", "promotion", "quote"]

    private var lines: [String]
    private var closing: Int
    private let lineEnd: String
    /// The changes made so far.
    private(set) var changes: [FieldChange] = []

    /// The file's lines; nil when it does not start with front matter.
    init?(_ text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.lines = lines
        lineEnd = lines.first?.hasSuffix("\r") == true ? "\r" : ""
        func bare(_ line: String) -> String {
            var line = line
            if line.hasSuffix("\r") { line.removeLast() }
            if line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            return line
        }
        guard let first = lines.first, bare(first) == "---",
              let end = lines.indices.dropFirst().first(where: { bare(lines[$0]) == "---" }) else { return nil }
        closing = end
    }

    /// The edited file.
    var text: String { lines.joined(separator: "\n") }

    /// The line of a top-level key.
    private func line(of key: String) -> Int? {
        (1..<closing).first { Self.key(of: lines[$0]) == key }
    }

    /// The top-level key a line starts, if any.
    private static func key(of line: String) -> String? {
        guard let first = line.first, first != " ", first != "\t", first != "#", first != "-",
              let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon])
    }

    /// Sets `key` to `written` (YAML text) whose value reads as `plain`; recorded when it differs.
    mutating func set(_ key: String, written: String, plain: String) {
        if let index = line(of: key) {
            var line = lines[index]
            let cr = line.hasSuffix("\r")
            if cr { line.removeLast() }
            let valueStart = line.index(after: line.firstIndex(of: ":") ?? line.startIndex)
            let (old, comment) = ScalarText.split(String(line[valueStart...]))
            guard old != plain else { return }
            lines[index] = "\(key): \(written)" + (comment.isEmpty ? "" : " " + comment) + (cr ? "\r" : "")
            changes.append(FieldChange(field: key, old: old, new: plain))
            return
        }
        let earlier = Self.orderFieldOrder.prefix { $0 != key }
        var position = closing
        if let anchor = earlier.compactMap(line(of:)).max() {
            position = anchor + 1
            while position < closing, let first = lines[position].first, first == " " || first == "\t" || first == "-" { position += 1 }
        }
        lines.insert("\(key): \(written)" + lineEnd, at: position)
        closing += 1
        changes.append(FieldChange(field: key, old: nil, new: plain))
    }
}
