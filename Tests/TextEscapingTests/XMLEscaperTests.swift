import Testing
import TextEscaping

/// The SVG/XML escaper: HTML's five entities, whitespace controls as spaces, characters XML forbids dropped.
@Suite struct XMLEscaperTests {
    @Test(arguments: [
        ("bell\u{7}tab\tend", "belltab end"), ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("\"引号\" 'x'", "&quot;引号&quot; &#39;x&#39;"), ("line\r\nnext", "line  next"), ("a\u{FFFE}b\u{FFFF}c", "abc"),
        ("A & B\u{0}", "A &amp; B"), ("", ""),
    ])
    func documentedExamples(text: String, expected: String) {
        #expect(XMLEscaper.escape(text) == expected)
    }
}
