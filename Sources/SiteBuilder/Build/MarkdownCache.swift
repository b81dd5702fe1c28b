import Markdown
import Synchronization

/// The `markdown` filter's output by input text: every quote page pipes the same default terms through it, so the
/// HTML is made once per build instead of once per page. Markdown output depends on the text alone.
final class MarkdownCache: Sendable {
    private let entries = Mutex<[String: String]>([:])
    /// At most this many texts are kept; a full cache starts over (texts that differ per page gain nothing from it).
    private static let limit = 32

    /// The HTML of `text`, made on the first request.
    func html(_ text: String) -> String {
        if let hit = entries.withLock({ $0[text] }) { return hit }
        let html = Markdown.html(text)
        entries.withLock { table in
            if table.count >= Self.limit { table.removeAll(keepingCapacity: true) }
            table[text] = html
        }
        return html
    }
}
