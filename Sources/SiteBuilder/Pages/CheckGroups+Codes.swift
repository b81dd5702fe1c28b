import Diagnostics
import TemplateEngine

extension CheckGroups {
    /// How many warnings of one code a kind lists on `checks.html` before counting the rest.
    static let perCodeLimit = 20

    /// The groups of `checks.html`: one map per kind that has warnings, as `groups()` gives them (`items` every
    /// warning in build order, `more` 0), plus `codes`. A kind where no code has more than `perCode` warnings keeps
    /// its flat list and an empty `codes`; in a larger kind `codes` lists each code (in the order it first appears)
    /// with `code`, `count`, its first `perCode` warnings as `items` and the rest counted in `more`, and `items` is
    /// empty. Only the warnings shown are worded, so 10,000 alike cost 20 texts.
    func pageGroups(perCode: Int = CheckGroups.perCodeLimit) -> [TemplateValue] {
        let perCode = max(1, perCode)
        var byKind: [String: [Diagnostic]] = [:]
        for warning in warnings { byKind[CheckGroups.kind(of: warning), default: []].append(warning) }
        return CheckGroups.kinds.compactMap { kind in
            guard let list = byKind[kind.key], !list.isEmpty else { return nil }
            var order: [MessageCode] = [], byCode: [MessageCode: [Diagnostic]] = [:]
            for warning in list {
                if byCode[warning.code] == nil { order.append(warning.code) }
                byCode[warning.code, default: []].append(warning)
            }
            let grouped = order.contains { (byCode[$0]?.count ?? 0) > perCode }
            let codes: [TemplateValue] = grouped ? order.map { code in
                let all = byCode[code] ?? []
                return .map(["code": .string(code.rawValue), "count": .int(all.count),
                             "items": .list(all.prefix(perCode).map(item)), "more": .int(max(0, all.count - perCode))])
            } : []
            return .map(["key": .string(kind.key), "label": .string(text["checks_kind_" + kind.key]), "count": .int(list.count),
                         "more": .int(0), "items": .list(grouped ? [] : list.map(item)), "codes": .list(codes)])
        }
    }

    /// One warning for templates: `text` in the site's language and `where` (`path:line`, or empty).
    func item(_ warning: Diagnostic) -> TemplateValue {
        .map(["text": .string(warning.text(in: language)), "where": .string(warning.location?.description ?? "")])
    }
}
