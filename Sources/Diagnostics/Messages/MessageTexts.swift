/// One message in both languages, as templates with named placeholders: `{sku}` is replaced by the argument `sku`;
/// `{days#day|days}` prints `day` when `days` is 1, else `days` (English plurals); `{what@}` prints the catalogue text
/// of the code the argument `what` holds (`P-PRODUCT` → product / 商品); other braces print as written.
public struct MessageTexts: Sendable, Hashable {
    /// The English template.
    public let en: String
    /// The Simplified Chinese template.
    public let zh: String

    /// Both templates.
    public init(en: String, zh: String) {
        self.en = en
        self.zh = zh
    }

    /// The template of `language`.
    public func template(_ language: Language) -> String { language == .en ? en : zh }

    /// The placeholder names a template uses (`{sku}`, `{days#day|days}` and `{what@}` each name one).
    public static func placeholders(in template: String) -> Set<String> {
        var found: Set<String> = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            rest = rest[rest.index(after: open)...]
            guard let close = rest.firstIndex(of: "}"), let placeholder = Placeholder(rest[..<close]) else { continue }
            found.insert(placeholder.name)
            rest = rest[rest.index(after: close)...]
        }
        return found
    }

    /// `template` with each placeholder replaced by its argument, in one pass (an argument holding `{x}` stays as is);
    /// `phrase` gives the text of a code named by a `{name@}` placeholder. The braces are found in the UTF-8 bytes (they
    /// are ASCII, so never inside another character's bytes), and the text between placeholders is copied in runs.
    public static func render(_ template: String, _ arguments: [String: String],
                              phrase: (String) -> String = { $0 }) -> String {
        let utf8 = template.utf8
        var out = ""
        out.reserveCapacity(utf8.count + 32)
        var copied = utf8.startIndex, from = copied  // the text before `copied` is in `out`; look for `{` from `from`
        while let open = utf8[from...].firstIndex(of: UInt8(ascii: "{")) {
            let inside = utf8.index(after: open)
            guard let close = utf8[inside...].firstIndex(of: UInt8(ascii: "}")),
                  let placeholder = Placeholder(template[inside..<close]),
                  let value = arguments[placeholder.name] else {
                from = inside  // not a placeholder: the brace stays in the text
                continue
            }
            out += template[copied..<open]
            switch placeholder.form {
            case .plain: out += value
            case .plural(let one, let other): out += value == "1" ? one : other
            case .phrase: out += phrase(value)
            }
            copied = utf8.index(after: close)
            from = copied
        }
        out += template[copied...]
        return out
    }
}

/// What is written between braces: `name`, `name#one|other` or `name@`.
private struct Placeholder {
    enum Form { case plain, plural(String, String), phrase }
    let name: String
    let form: Form

    /// nil unless the name is ASCII letters, digits and `_`, starting with a letter. Read on the UTF-8 bytes: `#`, `|`
    /// and `@` are ASCII, and a name is ASCII only, so no other character can hide one.
    init?(_ inside: Substring) {
        let utf8 = inside.utf8
        let hash = utf8.firstIndex(of: UInt8(ascii: "#"))
        var end = hash ?? utf8.endIndex
        let isPhrase = hash == nil && utf8.last == UInt8(ascii: "@")
        if isPhrase { end = utf8.index(before: end) }
        guard Self.isName(utf8[..<end]) else { return nil }
        name = String(inside[..<end])
        if let hash {
            let forms = inside[utf8.index(after: hash)...]
            guard let bar = forms.utf8.firstIndex(of: UInt8(ascii: "|")) else { return nil }
            form = .plural(String(forms[..<bar]), String(forms[forms.utf8.index(after: bar)...]))
        } else {
            form = isPhrase ? .phrase : .plain
        }
    }

    /// Whether `bytes` are an ASCII letter followed by ASCII letters, digits and `_`.
    private static func isName(_ bytes: Substring.UTF8View.SubSequence) -> Bool {
        guard let first = bytes.first, first.isASCIILetter else { return false }
        return bytes.allSatisfy { $0.isASCIILetter || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || $0 == UInt8(ascii: "_") }
    }
}

private extension UInt8 {
    var isASCIILetter: Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }
}
