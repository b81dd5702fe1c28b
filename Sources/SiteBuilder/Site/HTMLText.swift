#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Markdown
import TextEscaping

/// HTML written by the site builder itself (table cells, Markdown bodies): escaping and link rewriting.
enum HTMLText {
    /// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ text: String, into out: inout String) {
        var bytes: [UInt8] = []
        escape(text, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `text` with `&`, `<`, `>`, `"` and `'` escaped: the shared `HTMLEscaper`.
    static func escape(_ text: String, into out: inout [UInt8]) {
        HTMLEscaper.append(text, to: &out)
    }

    /// Whether a byte is one that HTML escaping replaces.
    static func needsEscaping(_ byte: UInt8) -> Bool {
        HTMLEscaper.needsEscaping(byte)
    }

    /// Appends a literal.
    static func append(_ literal: StaticString, into out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Markdown rendered in cmark's safe mode, its site-absolute links (`/pages/shipping/`) made relative to the
    /// page (`../pages/shipping.html`), so the site also works opened from disk. Works on the bytes cmark
    /// wrote (its attribute values are ASCII: it percent-encodes URLs), with no String searching.
    static func markdown(_ body: String, root: String) -> String {
        var html: [UInt8] = []
        Markdown.appendHTML(body, to: &html)
        return String(decoding: relativizingLinks(html, root: root), as: UTF8.self)
    }

    /// `="/x/"` → `="ROOTx/index.html"` in HTML bytes when `x` is a folder of the site (`siteFolders`), but an entity
    /// page `="/products/HD-T001/"` (see `EntityPagePath`) → `="ROOTproducts/HD-T001.html"`; `="//host"`
    /// (protocol-relative) and any path outside the site's folders (`/javascript:alert(1)//`) are left as written, so
    /// a rewritten link always starts with a known folder or file name and never reads as a URL scheme.
    static func relativizingLinks(_ html: [UInt8], root: String) -> [UInt8] {
        let equals = UInt8(ascii: "="), quote = UInt8(ascii: "\""), slash = UInt8(ascii: "/")
        let count = html.count
        var i = 0
        /// The next `="/` at or after `start`: memchr finds each `=`, then two bytes are checked.
        func nextLink(from start: Int) -> Int? {
            html.withUnsafeBufferPointer { bytes -> Int? in
                guard let base = bytes.baseAddress else { return nil }
                var j = start
                while j + 2 < count {
                    guard let hit = memchr(base + j, Int32(equals), count - 2 - j) else { return nil }
                    j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if base[j + 1] == quote && base[j + 2] == slash { return j }
                    j += 1
                }
                return nil
            }
        }
        guard var match = nextLink(from: 0) else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(count + 256)
        let rootBytes = Array(root.utf8), index = Array("index.html".utf8), dotHTML = Array(".html".utf8)
        while true {
            out.append(contentsOf: html[i..<match])
            out.append(equals); out.append(quote)
            i = match + 3  // past `="/`
            if i < count && html[i] == slash {
                out.append(slash)  // protocol-relative: left as written
            } else {
                var end = i
                while end < count && html[end] != quote { end += 1 }
                var mark = i
                while mark < end && html[mark] != UInt8(ascii: "#") && html[mark] != UInt8(ascii: "?") { mark += 1 }
                if isSitePath(html, from: i, to: mark) {
                    out.append(contentsOf: rootBytes)
                    if let page = entityPage(html, from: i, to: mark) {
                        out.append(contentsOf: html[i..<page])
                        out.append(contentsOf: dotHTML)
                    } else {
                        out.append(contentsOf: html[i..<mark])
                        if mark == i || html[mark - 1] == slash { out.append(contentsOf: index) }
                    }
                    out.append(contentsOf: html[mark..<end])
                } else {
                    out.append(contentsOf: html[(i - 1)..<end])  // outside the site's folders: left as written, `/` and all
                }
                i = end
            }
            guard let next = nextLink(from: i) else { break }
            match = next
        }
        out.append(contentsOf: html[i..<count])
        return out
    }

    /// The first path segments a site-absolute Markdown link may start with: the site's folders and root files.
    static let siteFolders = ["products", "customers", "quotes", "orders", "promotions", "pages", "analytics", "assets",
                              "index.html", "404.html", "search-index.json"]

    /// Whether the link path `html[start..<end]` (after its leading `/`) is the site root or starts with one of `siteFolders`.
    static func isSitePath(_ html: [UInt8], from start: Int, to end: Int) -> Bool {
        let segmentEnd = html[start..<end].firstIndex(of: UInt8(ascii: "/")) ?? end
        guard segmentEnd > start else { return end == start }
        let segment = html[start..<segmentEnd]
        return siteFolders.contains { $0.utf8.elementsEqual(segment) }
    }

    /// Where the id of a link path `html[start..<end]` (after its leading `/`) ends when the path is exactly
    /// `<section>/<id>/` naming an entity's own page file; nil for any other path (it keeps the `index.html` rule).
    static func entityPage(_ html: [UInt8], from start: Int, to end: Int) -> Int? {
        let slash = UInt8(ascii: "/")
        guard end - start >= 4, html[end - 1] == slash else { return nil }
        guard let middle = html[start..<(end - 1)].firstIndex(of: slash), middle > start, middle + 1 < end - 1 else { return nil }
        let id = html[(middle + 1)..<(end - 1)]
        guard !id.contains(slash), EntityPagePath.isSection(html[start..<middle]), !EntityPagePath.isListName(id) else { return nil }
        return end - 1
    }
}
