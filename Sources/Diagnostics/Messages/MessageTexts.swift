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

    /// nil unless the name is ASCII letters, digits and `_`, starting with a letter.
    init?(_ inside: Substring) {
        let parts = inside.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        var name = parts[0]
        let isPhrase = parts.count == 1 && name.hasSuffix("@")
        if isPhrase { name = name.dropLast() }
        guard let first = name.unicodeScalars.first, first.isASCIILetter,
              name.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "_" }) else { return nil }
        self.name = String(name)
        if parts.count == 2 {
            let forms = parts[1].split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            guard forms.count == 2 else { return nil }
            form = .plural(String(forms[0]), String(forms[1]))
        } else {
            form = isPhrase ? .phrase : .plain
        }
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
