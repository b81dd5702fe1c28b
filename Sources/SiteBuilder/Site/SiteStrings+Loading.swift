import Diagnostics
import Foundation
import FrontMatter
import ShopModel

extension SiteStrings {
    /// How the theme's strings file of a locale prints in messages (`theme/i18n/zh-CN.yaml`).
    static func themeFile(_ locale: SiteLocale) -> String { "theme/i18n/\(locale.rawValue).yaml" }
    /// How the shop's strings file of a locale prints in messages (`i18n/zh-CN.yaml`).
    static func shopFile(_ locale: SiteLocale) -> String { "i18n/\(locale.rawValue).yaml" }

    /// The strings of `locale`: the work-in-progress Swift entries, then the theme's `i18n/<locale>.yaml`, then the
    /// shop's `i18n/<locale>.yaml` (optional), each key of a later file replacing the earlier one, as Hugo's i18n
    /// folder works. A file that cannot be read or is not a mapping of strings is an error at its line; a shop key
    /// the theme does not have is a warning (most likely a typo, since no template can read it).
    static func load(locale: SiteLocale, theme: String?, shopPath: String?) -> (strings: SiteStrings, diagnostics: [Diagnostic]) {
        var pairs = branchEntries.map { entry in (entry.0, SiteString(locale == .zhCN ? entry.1 : entry.2)) }
        var diagnostics: [Diagnostic] = []
        var themeKeys: Set<String> = Set(pairs.map(\.0))
        if let theme {
            let found = read(file: theme + "/i18n/\(locale.rawValue).yaml", display: themeFile(locale), optional: false)
            diagnostics.append(contentsOf: found.diagnostics)
            pairs.append(contentsOf: found.pairs.map { ($0.key, $0.string) })
            themeKeys.formUnion(found.pairs.map(\.key))
        }
        if let shopPath {
            let folder = shopPath.hasSuffix("/") ? shopPath : shopPath + "/"
            let found = read(file: folder + shopFile(locale), display: shopFile(locale), optional: true)
            diagnostics.append(contentsOf: found.diagnostics)
            for pair in found.pairs where !themeKeys.contains(pair.key) {
                diagnostics.append(.warning("W-I18N-UNKNOWN-KEY", ["key": pair.key, "theme": themeFile(locale)],
                                            at: Location(path: shopFile(locale), line: pair.line, column: 1)))
            }
            pairs.append(contentsOf: found.pairs.map { ($0.key, $0.string) })
        }
        return (SiteStrings(pairs, locale: locale), diagnostics)
    }

    /// The key–string pairs of one YAML file with the line of each key; nothing (and no error) when an optional file
    /// does not exist.
    private static func read(file: String, display: String, optional: Bool)
        -> (pairs: [(key: String, string: SiteString, line: Int)], diagnostics: [Diagnostic]) {
        guard let data = FileManager.default.contents(atPath: file) else {
            if optional && !FileManager.default.fileExists(atPath: file) { return ([], []) }
            return ([], [.error("E-READ-FILE", at: Location(path: display))])
        }
        let root: YAMLNode
        do throws(Diagnostic) {
            root = try YAMLReader.parseFile([UInt8](data), path: display)
        } catch {
            return ([], [error])
        }
        if root.isNull { return ([], []) }
        guard let entries = root.pairs else {
            return ([], [.error("E-I18N-NOT-MAPPING", at: Location(path: display, line: root.line, column: root.column))])
        }
        var pairs: [(key: String, string: SiteString, line: Int)] = []
        var diagnostics: [Diagnostic] = []
        for entry in entries {
            guard let key = entry.key.scalar, !key.isEmpty else {
                diagnostics.append(.error("E-I18N-NOT-MAPPING", at: Location(path: display, line: entry.key.line, column: entry.key.column)))
                continue
            }
            guard let string = siteString(entry.value) else {
                diagnostics.append(.error("E-I18N-VALUE", ["key": key],
                                          at: Location(path: display, line: entry.value.line, column: entry.value.column)))
                continue
            }
            pairs.append((key, string, entry.key.line))
        }
        return (pairs, diagnostics)
    }

    /// A scalar as a one-form string, or a mapping of `other` (required) and `one` as a counted phrase.
    private static func siteString(_ node: YAMLNode) -> SiteString? {
        if let text = node.scalar, !node.isNull { return SiteString(text) }
        guard let forms = node.pairs, let other = node["other"]?.scalar else { return nil }
        guard forms.allSatisfy({ $0.key.scalar == "one" || $0.key.scalar == "other" }) else { return nil }
        if let oneNode = node["one"] {
            guard let one = oneNode.scalar else { return nil }
            return SiteString(other, one: one)
        }
        return SiteString(other)
    }
}
