import Testing
@testable import TemplateEngine

/// `replace` works on bytes when it can; the result is always what splitting by characters gives, also next to
/// combining marks (which join a neighbour into one character, so that neighbour is not a match).
@Suite struct ReplaceFilterTests {
    @Test(arguments: [
        ("第 {page} / {pages} 页 · 第 {first}–{last} 条", "{first}", "第 {page} / {pages} 页 · 第 X–{last} 条"),
        ("价格{n}元", "{n}", "价格X元"),
        ("{n}{n}", "{n}", "XX"),
        ("no match here", "{n}", "no match here"),
        ("a{n}\u{301}b", "{n}", "a{n}\u{301}b"),
        ("e\u{301}{n}", "{n}", "e\u{301}X"),
        ("Ünïcode {n}", "{n}", "Ünïcode X"),
    ])
    func matchesTheCharacterSplit(text: String, target: String, expected: String) throws {
        let replaced = try BuiltinFilters.replace(text, target, "X")
        #expect(replaced == expected)
        #expect(replaced == text.split(separator: target, omittingEmptySubsequences: false).joined(separator: "X"))
    }
}
