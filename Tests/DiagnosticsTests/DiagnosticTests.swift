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

    /// `check`, `build` and `serve` print their counts from `count(of:)`: a note is neither an error nor a warning.
    @Test func listCountsEachSeverity() {
        var list = DiagnosticList()
        list.append(.warning("w1", at: Location(path: "content/b.md", line: 2)))
        list.append(.error("e1", at: Location(path: "content/a.md", line: 10)))
        list.append(.warning("w2"))
        list.append(Diagnostic(.note, "n1"))
        list.append(.error("e2", at: Location(path: "content/a.md", line: 9)).noting("n2", at: nil))
        #expect(list.count(of: .error) == 2)
        #expect(list.count(of: .warning) == 2)
        #expect(list.count(of: .note) == 1)
        #expect(DiagnosticList().count(of: .error) == 0)
    }
}
