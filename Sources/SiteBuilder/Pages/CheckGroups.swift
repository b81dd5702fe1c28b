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
    static func kind(of warning: Diagnostic) -> String {
        guard let path = warning.location?.path else { return "other" }
        var parts = path.split(separator: "/").map(String.init)
        if parts.first == "content" { parts.removeFirst() }
        if parts == ["site.yaml"] { return "settings" }
        guard parts.count > 1, let folder = parts.first else { return "other" }
        return kinds.first { $0.folders.contains(folder) }?.key ?? "other"
    }

    /// One map per kind that has warnings: `label`, `count`, `more` (those past `limit`), `items` (`text`, `where`) and
    /// an empty `codes` (see `pageGroups`).
    func groups(limit: Int? = nil) -> [TemplateValue] {
        var byKind: [String: [Diagnostic]] = [:]
        for warning in warnings { byKind[CheckGroups.kind(of: warning), default: []].append(warning) }
        return CheckGroups.kinds.compactMap { kind in
            guard let list = byKind[kind.key], !list.isEmpty else { return nil }
            let shown = limit.map { Array(list.prefix($0)) } ?? list
            return .map(["key": .string(kind.key), "label": .string(text["checks_kind_" + kind.key]), "count": .int(list.count),
                         "more": .int(list.count - shown.count), "items": .list(shown.map(item)), "codes": .list([])])
        }
    }
}
