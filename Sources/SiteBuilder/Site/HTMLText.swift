import Markdown

/// HTML written by the site builder itself (table cells, Markdown bodies): escaping and link rewriting.
enum HTMLText {
    /// Appends `text` with `&`, `<`, `>`, `"` and `'` escaped.
    static func escape(_ text: String, into out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
    }

    /// Markdown rendered in cmark's safe mode, its site-absolute links (`/pages/shipping/`) made relative to the
    /// page (`../../pages/shipping/index.html`), so the site also works opened from disk.
    static func markdown(_ body: String, root: String) -> String {
        let html = Markdown.html(body)
        guard html.contains("=\"/") else { return html }
        var out = ""
        var rest = html[...]
        while let match = rest.range(of: "=\"/") {
            out += rest[..<match.lowerBound]
            out += "=\""
            rest = rest[match.upperBound...]
            if rest.hasPrefix("/") { out += "/"; continue }  // protocol-relative: left as written
            let end = rest.firstIndex(of: "\"") ?? rest.endIndex
            var target = String(rest[..<end])
            var suffix = ""
            if let mark = target.firstIndex(where: { $0 == "#" || $0 == "?" }) {
                suffix = String(target[mark...])
                target = String(target[..<mark])
            }
            if target.isEmpty || target.hasSuffix("/") { target += "index.html" }
            out += root + target + suffix
            rest = rest[end...]
        }
        out += rest
        return out
    }
}
