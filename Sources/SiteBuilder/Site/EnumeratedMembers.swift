import TemplateEngine

/// A site object whose members are the cases of its own `Member` enum: it writes only `value(_:)`, and answers an
/// interned name through its `MemberTable` and a name as text through the enum's raw values.
protocol EnumeratedMembers: TemplateObject {
    /// The members, each named by its raw value.
    associatedtype Member: RawRepresentable & CaseIterable & Sendable where Member.RawValue == String
    /// The table from an interned name to a member (a `static let`, made once).
    static var members: MemberTable<Member> { get }
    /// The value of one member.
    func value(_ member: Member) -> TemplateValue
}

extension EnumeratedMembers {
    /// The member a template names, through the table.
    func member(_ name: MemberName) -> TemplateValue? {
        guard let member = Self.members[name] else { return nil }
        return value(member)
    }

    /// The member called `name`.
    func member(_ name: String) -> TemplateValue? {
        guard let member = Member(rawValue: name) else { return nil }
        return value(member)
    }
}
