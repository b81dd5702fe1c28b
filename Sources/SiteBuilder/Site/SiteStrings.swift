import ShopModel
import TemplateEngine

/// Every UI string of the built-in theme in zh-CN and en, in one table; templates read it as `t.key`.
struct SiteStrings: Sendable {
    /// The chosen language's strings by key.
    let table: [String: String]
    /// The same, for templates.
    let map: TemplateMap

    /// The strings of a locale.
    init(locale: SiteLocale) {
        var table: [String: String] = [:]
        var map = TemplateMap()
        for (key, zh, en) in SiteStrings.entries + SiteStrings.ordersEntries {
            let text = locale == .zhCN ? zh : en
            table[key] = text
            map[key] = .string(text)
        }
        self.table = table
        self.map = map
    }

    /// The string for `key` (the key itself if missing, which the tests rule out).
    subscript(_ key: String) -> String { table[key] ?? key }

    /// The string for `key` with `{n}` replaced.
    func format(_ key: String, _ n: String) -> String {
        let text = Array(self[key].utf8)
        var out: [UInt8] = []
        out.reserveCapacity(text.count + n.utf8.count)
        var i = 0
        while i < text.count {
            if text[i] == UInt8(ascii: "{"), i + 2 < text.count, text[i + 1] == UInt8(ascii: "n"), text[i + 2] == UInt8(ascii: "}") {
                out.append(contentsOf: n.utf8)
                i += 3
            } else {
                out.append(text[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension SiteStrings {
    /// The string for `key` with each `{name}` replaced by its value.
    func fill(_ key: String, _ values: [(String, String)]) -> String {
        var text = self[key]
        for (name, value) in values {
            text = text.split(separator: "{\(name)}", omittingEmptySubsequences: false).joined(separator: value)
        }
        return text
    }
}
