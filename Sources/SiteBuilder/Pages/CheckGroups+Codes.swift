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
        let byKind = positionsByKind()
        return zip(CheckGroups.kinds, byKind).compactMap { kind, list in
            guard !list.isEmpty else { return nil }
            let byCode = positionsByCode(list)
            let grouped = byCode.contains { $0.positions.count > perCode }
            let codes: [TemplateValue] = grouped ? byCode.map { code, all in
                .map(["code": .string(code.rawValue), "count": .int(all.count),
                      "items": .list(all.prefix(perCode).map { item(warnings[$0]) }), "more": .int(max(0, all.count - perCode))])
            } : []
            return .map(["key": .string(kind.key), "label": .string(text["checks_kind_" + kind.key]), "count": .int(list.count),
                         "more": .int(0), "items": .list(grouped ? [] : list.map { item(warnings[$0]) }), "codes": .list(codes)])
        }
    }

    /// `positions` (into `warnings`) grouped by code, each code in the order it first appears, positions in order.
    /// A kind has a handful of codes and runs of the same one, so a list beats hashing every code.
    func positionsByCode(_ positions: [Int]) -> [(code: MessageCode, positions: [Int])] {
        var groups: [(code: MessageCode, positions: [Int])] = []
        var last = 0
        for i in positions {
            let code = warnings[i].code
            if last < groups.count, groups[last].code == code {
                groups[last].positions.append(i)
            } else if let found = groups.firstIndex(where: { $0.code == code }) {
                groups[found].positions.append(i)
                last = found
            } else {
                groups.append((code, [i]))
                last = groups.count - 1
            }
        }
        return groups
    }

    /// One warning for templates: `text` in the site's language and `where` (`path:line`, or empty).
    func item(_ warning: Diagnostic) -> TemplateValue {
        .map(["text": .string(warning.text(in: language)), "where": .string(warning.location?.description ?? "")])
    }
}
