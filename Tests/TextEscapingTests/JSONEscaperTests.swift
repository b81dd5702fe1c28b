import Testing
import TextEscaping

/// The one JSON string escaper: the documented example, and for each writer's options the bytes that writer has
/// always produced (the template `json` filter, search-index.json, the report), so none of their output changes.
@Suite struct JSONEscaperTests {
    @Test(arguments: [
        // Always: quotes, backslashes, other control characters, U+2028 and U+2029; other text as UTF-8.
        ("", JSONEscaper.Options.scriptSafe, "\"\""),
        ("a\"b\\c", .scriptSafe, "\"a\\\"b\\\\c\""),
        ("广东 ✓ \u{2000}", .report, "\"广东 ✓ \u{2000}\""),
        ("x\u{2028}y\u{2029}z\u{2027}", .searchIndex, "\"x\\u2028y\\u2029z\u{2027}\""),
        ("end\u{2029}", .report, "\"end\\u2029\""),
        // scriptSafe: HTML specials and every short escape.
        ("<b>&</b>", .scriptSafe, "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\""),
        ("t\tn\nr\rb\u{8}f\u{C}\u{1}", .scriptSafe, "\"t\\tn\\nr\\rb\\bf\\f\\u0001\""),
        ("it's\u{7F}", .scriptSafe, "\"it's\u{7F}\""),
        // templateFilter: also `'`; only tab, line feed and carriage return short.
        ("<a href='x'>", .templateFilter, "\"\\u003ca href=\\u0027x\\u0027\\u003e\""),
        ("\t\n\r\u{8}\u{C}\u{1F}\u{7F}", .templateFilter, "\"\\t\\n\\r\\u0008\\u000c\\u001f\u{7F}\""),
        // searchIndex: HTML specials, every control as \u00XX.
        ("tab\tnl\n\u{1}", .searchIndex, "\"tab\\u0009nl\\u000a\\u0001\""),
        ("it's <ok>", .searchIndex, "\"it's \\u003cok\\u003e\""),
        // report: every short escape and DEL; HTML specials as written.
        ("<b>&'", .report, "\"<b>&'\""),
        ("line\nnext\ttab\r", .report, "\"line\\nnext\\ttab\\r\""),
        ("\u{01}\u{1F}\u{7F}", .report, "\"\\u0001\\u001f\\u007f\""),
        ("\u{08}\u{0C}", .report, "\"\\b\\f\""),
    ])
    func writersKeepTheirBytes(text: String, options: JSONEscaper.Options, literal: String) {
        #expect(JSONEscaper.quoted(text, options: options) == literal)
        var inside: [UInt8] = []
        JSONEscaper.appendEscaped(text, options: options, to: &inside)
        #expect("\"" + String(decoding: inside, as: UTF8.self) + "\"" == literal)
    }

    @Test func appendQuotedAddsToWhatIsThere() {
        var out = Array("[".utf8)
        JSONEscaper.appendQuoted("a<b", options: .searchIndex, to: &out)
        #expect(String(decoding: out, as: UTF8.self) == "[\"a\\u003cb\"")
    }

    @Test func presetsAreTheDocumentedSets() {
        #expect(JSONEscaper.Options.scriptSafe == [.htmlSafe, .shortWhitespace, .shortBackspaceFormFeed])
        #expect(JSONEscaper.Options.templateFilter == [.htmlSafe, .apostrophe, .shortWhitespace])
        #expect(JSONEscaper.Options.searchIndex == [.htmlSafe])
        #expect(JSONEscaper.Options.report == [.shortWhitespace, .shortBackspaceFormFeed, .delete])
    }
}
