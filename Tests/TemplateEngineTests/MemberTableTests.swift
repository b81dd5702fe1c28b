import Testing
@testable import TemplateEngine

/// Host objects that answer through a `MemberTable` read like those that compare strings, errors included.
@Suite struct MemberTableTests {
    /// A host object with a member enum, as the site builder's objects are written.
    struct Order: TemplateObject {
        enum Member: String, CaseIterable, Sendable { case id, total, isPaid = "is_paid" }
        static let members = MemberTable<Member>()
        var memberNames: [String] { Member.allCases.map(\.rawValue) }
        func member(_ name: MemberName) -> TemplateValue? { Self.members[name].map(value) }
        func member(_ name: String) -> TemplateValue? { Member(rawValue: name).map(value) }
        func value(_ member: Member) -> TemplateValue {
            switch member {
            case .id: "O-1"
            case .total: .decimal(1_234_500)
            case .isPaid: true
            }
        }
    }

    @Test(arguments: [
        ("{{ o.id }} {{ o.total | money }} {{ o.is_paid }}", "O-1 ¥123.45 true"),
        ("{{ o.is_paid is defined }} {{ o.nope is defined }} {{ o.nope | default(\"-\") }}", "true false -"),
        ("{% for k, v in o %}{{ k }}={{ v }};{% endfor %}", "id=O-1;total=123.45;is_paid=true;"),
        ("{{ o[\"id\"] }}{{ [o] | map(attribute=\"id\") | join }}", "O-1O-1"),
        ("{% set id = \"shadow\" %}{{ o.id }}{{ id }}", "O-1shadow"),
    ] as [(String, String)])
    func readsMembersByInternedName(template: String, expected: String) throws {
        #expect(try render(template, ["o": .object(Order())]) == expected)
    }

    @Test func aMissingMemberIsExplainedAsBefore() {
        #expect(renderError("{{ o.totl }}", ["o": .object(Order())]).contains("'o' has no member 'totl'; did you mean 'total'?"))
    }

    @Test func theTableFindsOnlyItsOwnNames() {
        let table = MemberTable<Order.Member>()
        #expect(table[MemberName(Symbol("is_paid"))] == .isPaid)
        #expect(table[MemberName(Symbol("total"))] == .total)
        #expect(table[MemberName(Symbol("member_no_host_has_\(Int.random(in: 0...1_000_000))"))] == nil)
    }
}
