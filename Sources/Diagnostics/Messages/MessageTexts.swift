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
        var template = template
        template.withUTF8 { bytes in
            var index = 0
            while let open = bytes[index...].firstIndex(of: braceOpen) {
                index = open + 1
                guard let close = bytes[index...].firstIndex(of: braceClose),
                      let placeholder = Placeholder(UnsafeBufferPointer(rebasing: bytes[index..<close])) else { continue }
                found.insert(placeholder.name)
                index = close + 1
            }
        }
        return found
    }

    /// `template` with each placeholder replaced by its argument, in one pass (an argument holding `{x}` stays as is);
    /// `phrase` gives the text of a code named by a `{name@}` placeholder. Braces, `#`, `|` and `@` are found in the
    /// UTF-8 bytes (no grapheme breaking: a message of the 10k shop's `check` cost ≈ 40,000 instructions that way);
    /// the catalogue's templates have no combining mark after one of them, so the text is what a search by characters
    /// gives.
    public static func render(_ template: String, _ arguments: [String: String],
                              phrase: (String) -> String = { $0 }) -> String {
        var template = template
        var out: [UInt8] = []
        template.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + 64)
            var index = 0
            while let open = bytes[index...].firstIndex(of: braceOpen) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<open]))
                index = open + 1
                guard let close = bytes[index...].firstIndex(of: braceClose),
                      let placeholder = Placeholder(UnsafeBufferPointer(rebasing: bytes[index..<close])),
                      let value = arguments[placeholder.name] else {
                    out.append(braceOpen)
                    continue
                }
                switch placeholder.form {
                case .plain: out.append(contentsOf: value.utf8)
                case .plural(let one, let other): out.append(contentsOf: value == "1" ? one : other)
                case .phrase: out.append(contentsOf: phrase(value).utf8)
                }
                index = close + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let braceOpen = UInt8(ascii: "{"), braceClose = UInt8(ascii: "}")
}

/// What is written between braces, as UTF-8: `name`, `name#one|other` or `name@`.
private struct Placeholder {
    enum Form { case plain, plural([UInt8], [UInt8]), phrase }
    let name: String
    let form: Form

    /// nil unless the name is ASCII letters, digits and `_`, starting with a letter.
    init?(_ inside: UnsafeBufferPointer<UInt8>) {
        let hash = inside.firstIndex(of: UInt8(ascii: "#"))
        var nameEnd = hash ?? inside.count
        let isPhrase = hash == nil && nameEnd > 0 && inside[nameEnd - 1] == UInt8(ascii: "@")
        if isPhrase { nameEnd -= 1 }
        let name = UnsafeBufferPointer(rebasing: inside[..<nameEnd])
        guard let first = name.first, first.isASCIILetter,
              name.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit || $0 == UInt8(ascii: "_") }) else { return nil }
        self.name = String(decoding: name, as: UTF8.self)
        if let hash {
            let forms = inside[(hash + 1)...]
            guard let bar = forms.firstIndex(of: UInt8(ascii: "|")) else { return nil }
            form = .plural(Array(forms[..<bar]), Array(forms[(bar + 1)...]))
        } else {
            form = isPhrase ? .phrase : .plain
        }
    }
}

private extension UInt8 {
    var isASCIILetter: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
    }
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }
}
