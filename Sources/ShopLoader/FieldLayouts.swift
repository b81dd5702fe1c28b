import FrontMatter

/// The key-line tables of recent front matters, so that files written alike (the same keys on the same lines, as
/// most orders of a shop are) share one `FieldLines` table instead of each hashing its keys into a new one.
/// One decoding worker keeps it from file to file; it is never shared between threads.
final class FieldLayouts {
    private struct Layout {
        var keys: [String]
        var lines: [Int]
        var table: [String: Int]
    }

    /// How many layouts are remembered (the oldest is replaced).
    private static let capacity = 8
    private var recent: [Layout] = []
    private var next = 0

    /// The table of each key's line for `pairs` (text keys, each once): a remembered one when the layout repeats.
    func lines(of pairs: [YAMLPair]) -> [String: Int] {
        for layout in recent where Self.matches(layout, pairs) { return layout.table }
        let table = Self.table(of: pairs)
        let layout = Layout(keys: pairs.map { $0.key.scalar ?? "" }, lines: pairs.map(\.key.line), table: table)
        if recent.count < Self.capacity {
            recent.append(layout)
        } else {
            recent[next] = layout
            next = (next + 1) % Self.capacity
        }
        return table
    }

    /// A new table of each key's line.
    static func table(of pairs: [YAMLPair]) -> [String: Int] {
        var lines: [String: Int] = [:]
        lines.reserveCapacity(pairs.count)
        for pair in pairs { lines[pair.key.scalar ?? ""] = pair.key.line }
        return lines
    }

    private static func matches(_ layout: Layout, _ pairs: [YAMLPair]) -> Bool {
        guard layout.keys.count == pairs.count else { return false }
        for index in pairs.indices
        where layout.lines[index] != pairs[index].key.line || !pairs[index].key.hasScalar(layout.keys[index]) {
            return false
        }
        return true
    }
}
