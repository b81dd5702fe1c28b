import Diagnostics
import ShopModel
import TemplateEngine

/// The check warnings of a build grouped by kind (orders, products, quotes, …) and worded in the site's language,
/// for the dashboard's box and the page that lists them all (`checks.html`).
struct CheckGroups {
    /// The kinds in the order they are shown, each with the content folders whose files it covers.
    static let kinds: [(key: String, folders: [String])] = [
        ("orders", ["orders"]), ("products", ["products"]), ("quotes", ["quotes"]), ("customers", ["customers"]),
        ("promotions", ["promotions"]), ("traffic", ["data"]), ("pages", ["pages"]), ("settings", []), ("other", []),
    ]

    /// The warnings, in build order.
    let warnings: [Diagnostic]
    /// The UI strings for the kind names.
    let text: PageText
    /// The language the messages are written in.
    let language: Language

    /// The warnings of a page's inputs, in the site's language.
    init(site: PageInputs) {
        warnings = site.index.warnings
        text = site.text
        language = site.index.settings.locale == .en ? .en : .zhCN
    }

    /// The kind key of a warning, from the folder of its file: `content/orders/…` is `orders`, `site.yaml` is
    /// `settings`, `content/data/…` is `traffic`; anything else (templates, no file) is `other`.
    static func kind(of warning: Diagnostic) -> String { kinds[kindPosition(of: warning)].key }

    /// The position in `kinds` of a warning's kind (see `kind(of:)`).
    static func kindPosition(of warning: Diagnostic) -> Int {
        let other = kinds.count - 1
        guard let path = warning.location?.path else { return other }
        // Byte slices, not Strings: a big shop has 10,000s of warnings and three pages group them on every rebuild.
        var parts = path.utf8.split(separator: UInt8(ascii: "/"))[...]
        if let first = parts.first, first.elementsEqual("content".utf8) { parts = parts.dropFirst() }
        if parts.count == 1, let only = parts.first, only.elementsEqual("site.yaml".utf8) {
            return kinds.firstIndex { $0.key == "settings" } ?? other
        }
        guard parts.count > 1, let folder = parts.first else { return other }
        return kinds.firstIndex { $0.folders.contains { folder.elementsEqual($0.utf8) } } ?? other
    }

    /// The positions in `warnings` of each kind's warnings (in the order of `kinds`), in build order.
    func positionsByKind() -> [[Int]] {
        var byKind = [[Int]](repeating: [], count: CheckGroups.kinds.count)
        for i in warnings.indices { byKind[CheckGroups.kindPosition(of: warnings[i])].append(i) }
        return byKind
    }

    /// One map per kind that has warnings: `label`, `count`, `more` (those past `limit`), `items` (`text`, `where`) and
    /// an empty `codes` (see `pageGroups`).
    func groups(limit: Int? = nil) -> [TemplateValue] {
        let byKind = positionsByKind()
        return zip(CheckGroups.kinds, byKind).compactMap { kind, list in
            guard !list.isEmpty else { return nil }
            let shown = limit.map { list.prefix($0) } ?? list[...]
            return .map(["key": .string(kind.key), "label": .string(text["checks_kind_" + kind.key]), "count": .int(list.count),
                         "more": .int(list.count - shown.count), "items": .list(shown.map { item(warnings[$0]) }), "codes": .list([])])
        }
    }
}
