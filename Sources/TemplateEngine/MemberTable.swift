/// A host object's members by interned name: one array read turns a `MemberName` into the host's own member enum.
public struct MemberTable<Member: RawRepresentable & CaseIterable & Sendable>: Sendable where Member.RawValue == String {
    /// The smallest symbol id among the members; the table starts there.
    private let low: Int
    private let members: [Member?]

    /// Interns the raw value of every case.
    public init() {
        let pairs = Member.allCases.map { (Symbol($0.rawValue).id, $0) }
        let low = pairs.map(\.0).min() ?? 0, high = pairs.map(\.0).max() ?? -1
        var members = [Member?](repeating: nil, count: high - low + 1)
        for (id, member) in pairs { members[id - low] = member }
        self.low = low
        self.members = members
    }

    /// The member a template names, or nil when the host has none of that name.
    public subscript(name: MemberName) -> Member? {
        let index = name.id - low
        return index >= 0 && index < members.count ? members[index] : nil
    }
}
