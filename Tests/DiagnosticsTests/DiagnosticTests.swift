import Testing
@testable import Diagnostics

@Suite struct DiagnosticTests {
    @Test(arguments: [
        (Location(path: "content/site.yaml"), "content/site.yaml"),
        (Location(path: "content/quotes/Q-1.md", line: 7), "content/quotes/Q-1.md:7"),
        (Location(path: "content/quotes/Q-1.md", line: 7, column: 10), "content/quotes/Q-1.md:7:10"),
    ])
    func locationPrints(location: Location, expected: String) {
        #expect(location.description == expected)
    }

    @Test func chainedNotePrintsIndented() {
        let d = Diagnostic.error("unknown variable `x`", at: Location(path: "content/quotes/Q-1.md", line: 7, column: 10))
            .noting("while rendering", at: Location(path: "templates/quote.html", line: 4, column: 22))
        #expect(d.description == "content/quotes/Q-1.md:7:10: error: unknown variable `x`\n  templates/quote.html:4:22: note: while rendering")
    }

    @Test func listSortsByPathThenLine() {
        var list = DiagnosticList()
        list.append(.warning("b", at: Location(path: "content/b.md", line: 2)))
        list.append(.error("a2", at: Location(path: "content/a.md", line: 10)))
        list.append(.error("a1", at: Location(path: "content/a.md", line: 9)))
        #expect(list.sorted.map(\.message) == ["a1", "a2", "b"])
        #expect(list.hasErrors)
        #expect(list.warnings.count == 1)
    }
}
