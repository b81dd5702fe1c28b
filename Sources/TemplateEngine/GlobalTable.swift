/// The environment's globals indexed by symbol id, and the members of those that are maps, so that `site.name` and
/// `t.nav_home` are two array reads instead of two hashed string look-ups.
struct GlobalTable: Sendable {
    private var values: [TemplateValue?] = []
    /// Per global symbol id: where its members start in `memberValues` and how many ids they span (0: not a map).
    private var memberStart: [Int] = []
    private var memberSpan: [Int] = []
    /// The members of every global map, each map's slice indexed by member symbol id.
    private var memberValues: [TemplateValue?] = []

    /// Interns every global's name and every key of the globals that are maps.
    init(_ globals: TemplateMap) {
        for (key, value) in globals.pairs {
            let id = Symbol(key).id
            if values.count <= id {
                let missing = id + 1 - values.count
                values += Array(repeating: nil, count: missing)
                memberStart += Array(repeating: 0, count: missing)
                memberSpan += Array(repeating: 0, count: missing)
            }
            values[id] = value
            guard case .map(let map) = value else { continue }
            let ids = map.keys.map { Symbol($0).id }
            let span = (ids.max() ?? -1) + 1
            memberStart[id] = memberValues.count
            memberSpan[id] = span
            memberValues += Array(repeating: nil, count: span)
            for (memberID, member) in zip(ids, map.values) { memberValues[memberStart[id] + memberID] = member }
        }
    }

    /// The global with that symbol id, if any.
    func value(_ id: Int) -> TemplateValue? {
        id < values.count ? values[id] : nil
    }

    /// Whether the global with that id is a map with members.
    func hasMembers(_ id: Int) -> Bool {
        id < memberSpan.count && memberSpan[id] > 0
    }

    /// Member `member` of the global map `global`, if both exist.
    func member(_ member: Int, of global: Int) -> TemplateValue? {
        guard global < memberSpan.count, member < memberSpan[global] else { return nil }
        return memberValues[memberStart[global] + member]
    }
}
