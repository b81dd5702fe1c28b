/// Every message the program prints, by code, in zh-CN and en: the one place their texts live.
/// The entries are split by area (`MessageCatalog+Files.swift`, `+Fields`, `+Checks`, …); a test proves each has both
/// texts with the same placeholders, and docs/diagnostics.md is checked against it.
public enum MessageCatalog {
    /// One catalogue line: a code and its two texts.
    public typealias Entry = (code: MessageCode, texts: MessageTexts)

    /// Every entry, in the order of the area files (duplicates are a test failure).
    public static let allEntries: [Entry] = files + fields + products + references + checks + templates + templateSyntax + templateRender + valueTypes + photos + strings + rendering + output + importing + workbook + usage + help + serve + workbench + quotes

    /// The texts by code (the first entry wins should a code repeat).
    public static let texts: [MessageCode: MessageTexts] = Dictionary(allEntries.map { ($0.code, $0.texts) },
                                                                      uniquingKeysWith: { first, _ in first })

    /// The message `code` with `arguments`, in `language`; an unknown code prints as itself and its arguments.
    public static func text(_ code: MessageCode, _ arguments: [String: String] = [:], in language: Language) -> String {
        guard let entry = texts[code] else {
            let listed = arguments.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            return ([code.rawValue] + listed).joined(separator: " ")
        }
        return MessageTexts.render(entry.template(language), arguments) { phrase($0, arguments, in: language, depth: 1) }
    }

    /// The text of the phrase a `{name@}` placeholder names: the entry whose code is the value, else the entry
    /// `P-VALUE` for a field value such as `processing` or `pending_shipment` (`P-PROCESSING`, `P-PENDING-SHIPMENT`; a space
    /// counts as an underscore, so the template type `safe string` is `P-SAFE-STRING`),
    /// else the value as written; with the message's arguments. Phrases inside phrases stop a few levels down, so no
    /// entry can expand forever.
    private static func phrase(_ value: String, _ arguments: [String: String], in language: Language, depth: Int) -> String {
        let valueCode = MessageCode("P-" + value.uppercased().split { $0 == "_" || $0 == " " }.joined(separator: "-"))
        guard depth <= 3, let entry = texts[MessageCode(value)] ?? texts[valueCode] else { return value }
        return MessageTexts.render(entry.template(language), arguments) { phrase($0, arguments, in: language, depth: depth + 1) }
    }

    /// Shorthand for building an area's entries.
    static func entry(_ code: MessageCode, _ en: String, _ zh: String) -> Entry {
        (code, MessageTexts(en: en, zh: zh))
    }
}
