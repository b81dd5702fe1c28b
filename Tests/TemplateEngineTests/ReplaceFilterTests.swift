import Testing
@testable import TemplateEngine
import TextEscaping

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

    /// On safe (HTML) input, text arguments are escaped before they are matched and inserted; safe ones are kept.
    @Test(arguments: [
        ("{{ \"<b>x</b>\" | safe | replace(\"x\", page.title) }}", "<b>&lt;script&gt;alert(1)&lt;/script&gt;</b>"),
        ("{{ \"<b>x</b>\" | safe | replace(\"x\", \"<i>y</i>\") }}", "<b>&lt;i&gt;y&lt;/i&gt;</b>"),
        ("{{ \"<b>x</b>\" | safe | replace(\"x\", \"<i>y</i>\" | safe) }}", "<b><i>y</i></b>"),
        ("{{ \"<b>x</b>\" | safe | replace(\"<b>\", \"[\") }}", "<b>x</b>"),
        ("{{ \"<b>x</b>\" | safe | replace(\"<b>\" | safe, \"[\") }}", "[x</b>"),
        ("{{ \"a &amp; b\" | safe | replace(\"&\", \"+\") }}", "a + b"),
        ("{{ \"a'b\" | safe | replace(\"'\", \"\\\"\") }}", "a'b"),
        ("{{ \"a&#39;b\" | safe | replace(\"'\", \"\\\"\") }}", "a&quot;b"),
        ("{{ \"<b>x</b>\" | replace(\"x\", page.title) }}", "&lt;b&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;/b&gt;"),
        ("{{ \"第 {n} 页\" | safe | replace(\"{n}\", 2) }}", "第 2 页"),
    ])
    func argumentsAreEscapedWhenTheInputIsSafe(source: String, expected: String) throws {
        #expect(try render(source, ["page": ["title": "<script>alert(1)</script>"]]) == expected)
    }

    /// The byte-level path and the character split agree on escaped arguments too (the target stays ASCII).
    @Test(arguments: ["<b>x</b>", "a<x>\u{301}b<x>", "纯棉<x>T恤", "e\u{301}<x>"])
    func safeInputMatchesTheCharacterSplit(text: String) throws {
        let replaced = try BuiltinFilters.replace(.safe(text), [.string("<x>"), .string("<i>")])
        let target = HTMLEscaper.escaped("<x>"), replacement = HTMLEscaper.escaped("<i>")
        let split = text.split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
        #expect(replaced.text == split)
    }
}
