/// The environment's globals indexed by symbol id, and the members of those that are maps, so that `site.name` and
/// `t.nav_home` are two array reads instead of two hashed string look-ups.
struct GlobalTable: Sendable {
    private var values: [TemplateValue?] = []
    /// Per global symbol id: the map's members by symbol id (empty when the global is not a map).
    private var members: [[TemplateValue?]] = []

    /// Interns every global's name and every key of the globals that are maps.
    init(_ globals: TemplateMap) {
        for (key, value) in globals.pairs {
            let id = Symbol(key).id
            if values.count <= id {
                values += Array(repeating: nil, count: id + 1 - values.count)
                members += Array(repeating: [], count: id + 1 - members.count)
            }
            values[id] = value
            guard case .map(let map) = value else { continue }
            var table: [TemplateValue?] = []
            for (name, member) in map.pairs {
                let memberID = Symbol(name).id
                if table.count <= memberID { table += Array(repeating: nil, count: memberID + 1 - table.count) }
                table[memberID] = member
            }
            members[id] = table
        }
    }

    /// The global with that symbol id, if any.
    func value(_ id: Int) -> TemplateValue? {
        id < values.count ? values[id] : nil
    }

    /// Whether the global with that id is a map with members.
    func hasMembers(_ id: Int) -> Bool {
        id < members.count && !members[id].isEmpty
    }

    /// Member `member` of the global map `global`, if both exist.
    func member(_ member: Int, of global: Int) -> TemplateValue? {
        guard global < members.count, member < members[global].count else { return nil }
        return members[global][member]
    }
}
