import FrontMatter
@testable import ShopLoader
import Testing

/// Front matters laid out alike share one key-line table; any other layout gets its own, with its own lines.
@Suite struct FieldLayoutsTests {
    static func pairs(_ yaml: String, firstLine: Int = 2) throws -> [YAMLPair] {
        try YAMLReader.parse(yaml, path: "content/orders/O-1.md", firstLine: firstLine).pairs ?? []
    }

    @Test(arguments: [
        ("id: O-2\ncustomer: C-1\ndate: 2025-01-02\n", 2, ["id": 2, "customer": 3, "date": 4]),
        ("id: O-2\ncustomer: C-1\n\ndate: 2025-01-02\n", 2, ["id": 2, "customer": 3, "date": 5]),
        ("customer: C-1\nid: O-2\ndate: 2025-01-02\n", 2, ["customer": 2, "id": 3, "date": 4]),
        ("id: O-2\ncustomer: C-1\ndate: 2025-01-02\n", 3, ["id": 3, "customer": 4, "date": 5]),
        ("id: O-2\ncustomer: C-1\nstatus: paid\n", 2, ["id": 2, "customer": 3, "status": 4]),
        ("id: O-2\ncustomer: C-1\n", 2, ["id": 2, "customer": 3]),
    ])
    func eachLayoutGetsItsOwnLines(yaml: String, firstLine: Int, expected: [String: Int]) throws {
        let layouts = FieldLayouts()
        let first = try Self.pairs("id: O-1\ncustomer: C-9\ndate: 2025-01-01\n")
        #expect(layouts.lines(of: first) == ["id": 2, "customer": 3, "date": 4])
        #expect(layouts.lines(of: try Self.pairs(yaml, firstLine: firstLine)) == expected)
        #expect(layouts.lines(of: try Self.pairs(yaml, firstLine: firstLine)) == FieldLayouts.table(of: try Self.pairs(yaml, firstLine: firstLine)))
    }

    @Test func moreLayoutsThanItRemembersStillGiveTheirOwnLines() throws {
        let layouts = FieldLayouts()
        for round in 0..<3 {
            for blank in 0..<12 {
                let yaml = "id: O-\(round)\n" + String(repeating: "\n", count: blank) + "date: 2025-01-01\n"
                #expect(layouts.lines(of: try Self.pairs(yaml)) == ["id": 2, "date": 3 + blank])
            }
        }
    }
}
