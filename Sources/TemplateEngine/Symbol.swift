import Synchronization

/// A variable or member name interned when a template is parsed: the renderer compares the small `id` where it used
/// to compare strings, and keeps `text` for messages and for asking host objects by name.
struct Symbol: Sendable {
    /// The same for equal texts, process-wide; a dense number from 0, so it can index tables.
    let id: Int
    /// The name as written.
    let text: String

    /// The symbol for `text`, interning it on first use.
    init(_ text: String) {
        self.id = Symbol.table.withLock { table in
            if let id = table[text] { return id }
            let id = table.count
            table[text] = id
            return id
        }
        self.text = text
    }

    private init(id: Int, text: String) {
        self.id = id
        self.text = text
    }

    /// The symbol for `text` when some template or global already uses that name; nil otherwise (no name can
    /// refer to it, so a look-up needs no entry for it).
    static func existing(_ text: String) -> Symbol? {
        table.withLock { $0[text] }.map { Symbol(id: $0, text: text) }
    }

    /// The ids of `texts` in order, -1 for a text no template or global uses (one lock for all of them).
    static func ids(of texts: [String]) -> [Int] {
        table.withLock { table in texts.map { table[$0] ?? -1 } }
    }

    /// The loop variable every `for` binds.
    static let loop = Symbol("loop")

    /// Every interned name and its id; written only while templates are parsed and libraries built.
    private static let table = Mutex<[String: Int]>([:])
}
