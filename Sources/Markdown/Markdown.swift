import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CommonMark rendering over libcmark, always in safe mode; the only file touching libcmark.
public enum Markdown {
    /// cmark options: safe mode is the default from cmark 0.29 on; older versions need CMARK_OPT_SAFE.
    private static let options: Int32 = cmark_version() < 0x001D00 ? CMARK_OPT_SAFE : CMARK_OPT_DEFAULT

    /// CommonMark to HTML in cmark's safe mode: raw HTML dropped, `javascript:`/`vbscript:`/`file:`/`data:` (non-image) links emptied.
    public static func html(_ markdown: String) -> String {
        var buffer: [UInt8] = []
        appendHTML(markdown, to: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }

    /// The same, appended to a byte buffer (no intermediate String), for the page renderer's hot path.
    public static func appendHTML(_ markdown: String, to buffer: inout [UInt8]) {
        var source = markdown
        source.withUTF8 { utf8 in
            guard let start = utf8.baseAddress, !utf8.isEmpty else { return }
            let rendered = start.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                cmark_markdown_to_html($0, utf8.count, options)
            }
            guard let rendered else { return }
            defer { free(rendered) }
            buffer.append(contentsOf: UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
        }
    }

    /// Plain text of the document (no markup), whitespace collapsed, cut to at most `limit` characters: for search indexes and summaries.
    public static func plainText(_ markdown: String, limit: Int) -> String {
        guard limit > 0 else { return "" }
        var text = PlainTextCollector()
        var source = markdown
        source.withUTF8 { utf8 in
            guard let start = utf8.baseAddress, !utf8.isEmpty else { return }
            let document = start.withMemoryRebound(to: CChar.self, capacity: utf8.count) {
                cmark_parse_document($0, utf8.count, options)
            }
            guard let document else { return }
            defer { cmark_node_free(document) }
            guard let iterator = cmark_iter_new(document) else { return }
            defer { cmark_iter_free(iterator) }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                switch type {
                case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                    if event == CMARK_EVENT_ENTER, let literal = cmark_node_get_literal(node) {
                        text.append(UnsafeRawBufferPointer(start: literal, count: strlen(literal)))
                    }
                    if type == CMARK_NODE_CODE_BLOCK { text.appendSpace() }
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    text.appendSpace()
                default:
                    // Block boundaries separate words; raw HTML is skipped, as in the rendered page.
                    if event == CMARK_EVENT_EXIT { text.appendSpace() }
                }
            }
        }
        return text.result(limit: limit)
    }
}
