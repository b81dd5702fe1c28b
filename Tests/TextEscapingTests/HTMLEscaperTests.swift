import Testing
import TextEscaping

/// The HTML escaper: its documented examples, every special byte at every place in the eight-byte word, and the
/// byte predicate that says which bytes it replaces.
@Suite struct HTMLEscaperTests {
    @Test(arguments: [
        ("a < b & \"c\"", "a &lt; b &amp; &quot;c&quot;"), ("<b>", "&lt;b&gt;"), ("'x'", "&#39;x&#39;"),
        ("A & B", "A &amp; B"), ("&amp;", "&amp;amp;"), ("", ""), ("纯棉T恤 <b>", "纯棉T恤 &lt;b&gt;"),
        ("a plain sentence longer than one word of eight bytes", "a plain sentence longer than one word of eight bytes"),
    ])
    func documentedExamples(text: String, expected: String) {
        #expect(HTMLEscaper.escaped(text) == expected)
        var bytes: [UInt8] = Array("prefix:".utf8)
        HTMLEscaper.append(text, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == "prefix:" + expected)
    }

    @Test(arguments: [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")])
    func everySpecialByteAtEveryOffset(special: String, entity: String) {
        for offset in 0..<20 {
            let padding = String(repeating: "x", count: offset)
            let text = padding + special + "yyyyyyyyy" + special
            #expect(HTMLEscaper.escaped(text) == padding + entity + "yyyyyyyyy" + entity)
        }
    }

    @Test func escapeHandsOverRunsAndEntitiesInOrder() {
        var pieces: [String] = []
        Array("ab<cd".utf8).withUnsafeBufferPointer { bytes in
            HTMLEscaper.escape(bytes) { start, count in
                pieces.append(String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self))
            }
        }
        #expect(pieces == ["ab", "&lt;", "cd"])
    }

    @Test func needsEscapingNamesExactlyTheFiveBytes() {
        let flagged = (0...255).map(UInt8.init).filter(HTMLEscaper.needsEscaping)
        #expect(flagged == Array("\"&'<>".utf8))
    }
}
