import ShopModel
import TemplateEngine
import TextEscaping

/// Every UI string of the theme in the site's language: `templates/i18n/<locale>.yaml` with the shop's
/// `i18n/<locale>.yaml` over it (see `SiteStrings+Loading`); templates read them as `t.key`.
struct SiteStrings: Sendable {
    /// The chosen language's strings by key.
    let table: [String: SiteString]
    /// The same, for templates: a string, or for a counted phrase a map of `one` and `other`.
    let map: TemplateMap
    /// The language they are in (dates in prose follow it).
    let locale: SiteLocale

    /// The strings of `locale` from the built-in theme alone (no shop overrides); empty when the theme is missing.
    init(locale: SiteLocale) {
        self = SiteStrings.load(locale: locale, theme: BuiltinTheme.path(), shopPath: nil).strings
    }

    /// Strings of `locale` from key–string pairs, in the order given (a later pair for the same key wins).
    init(_ pairs: [(String, SiteString)], locale: SiteLocale) {
        self.locale = locale
        var table: [String: SiteString] = [:]
        var map = TemplateMap()
        for (key, string) in pairs {
            table[key] = string
            if let one = string.one {
                map[key] = .map(["one": .string(one), "other": .string(string.other)])
            } else {
                map[key] = .string(string.other)
            }
        }
        self.table = table
        self.map = map
    }

    /// The string for `key` (the key itself if missing, which the tests rule out).
    subscript(_ key: String) -> String { table[key]?.other ?? key }

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

    /// The counted phrase `key` for `count`: its form for that count, `{count}` written with separators, and each
    /// other `{name}` replaced by its value.
    func count(_ key: String, _ count: Int, filling values: [(String, String)] = []) -> String {
        SiteStrings.fill(table[key]?.counted(count) ?? key, values)
    }

    /// The string for `key` with each `{name}` replaced by its value.
    func fill(_ key: String, _ values: [(String, String)]) -> String {
        SiteStrings.fill(self[key], values)
    }

    /// `text` with each `{name}` replaced by its value.
    static func fill(_ text: String, _ values: [(String, String)]) -> String {
        var text = text
        for (name, value) in values {
            text = PlaceholderText.replacing("{\(name)}", in: text, with: value)
        }
        return text
    }
}
