import Testing
@testable import Markdown

@Suite struct MarkdownTests {
    @Test(arguments: [
        ("# 产品介绍\n\n**纯棉** 面料", "<h1>产品介绍</h1>\n<p><strong>纯棉</strong> 面料</p>\n"),
        ("a < b & c", "<p>a &lt; b &amp; c</p>\n"),
        ("", ""),
        ("[site](https://example.com)", "<p><a href=\"https://example.com\">site</a></p>\n"),
    ])
    func rendersCommonMark(markdown: String, html: String) {
        #expect(Markdown.html(markdown) == html)
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script"),
        ("Hi <img src=x onerror=alert(1)> there", "onerror"),
        ("[x](javascript:alert(1))", "javascript:"),
        ("[x](JavaScript:alert(1))", "alert(1)"),
        ("[x](vbscript:msgbox)", "vbscript:"),
        ("[x](file:///etc/passwd)", "file:"),
        ("[x](data:text/html;base64,PHNjcmlwdD4=)", "data:"),
        ("<a href=\"javascript:alert(1)\">x</a>", "javascript:"),
    ])
    func safeModeDropsRawHTMLAndDangerousLinks(markdown: String, forbidden: String) {
        let html = Markdown.html(markdown)
        #expect(!html.lowercased().contains(forbidden.lowercased()), "\(html)")
    }

    @Test func safeModeKeepsImageDataURLsAndSaysWhereHTMLWasDropped() {
        #expect(Markdown.html("<script>alert(1)</script>") == "<!-- raw HTML omitted -->\n")
        #expect(Markdown.html("![p](data:image/png;base64,AAAA)").contains("src=\"data:image/png;base64,AAAA\""))
    }

    @Test func appendHTMLAppendsToTheBuffer() {
        var buffer = Array("<main>".utf8)
        Markdown.appendHTML("*a*", to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "<main><p><em>a</em></p>\n")
    }

    @Test func nulBytesBecomeReplacementCharacters() {
        #expect(Markdown.html("a\u{0}b") == "<p>a\u{FFFD}b</p>\n")
    }

    @Test(arguments: [
        ("# 标题\n\n第一段  文字\n第二行\n\n- 项目 *一*\n- `code`", 100, "标题 第一段 文字 第二行 项目 一 code"),
        ("Hello <b>raw</b> world", 100, "Hello raw world"),
        ("<div>\nblock html\n</div>\n\nText", 100, "Text"),
        ("[link text](https://x.com) and ![alt](a.png)", 100, "link text and alt"),
        ("```\nlet x = 1\n```\nafter", 100, "let x = 1 after"),
        ("one two three four", 9, "one two t"),
        ("one two three four", 8, "one two"),
        ("纯棉T恤批发", 4, "纯棉T恤"),
        ("👍🏽👍🏽👍🏽", 2, "👍🏽👍🏽"),
        ("anything", 0, ""),
        ("   \n\n  ", 10, ""),
    ])
    func plainTextStripsMarkupAndCuts(markdown: String, limit: Int, text: String) {
        #expect(Markdown.plainText(markdown, limit: limit) == text)
    }

    @Test func plainTextOfALargeBodyIsCut() {
        let body = String(repeating: "批发 ", count: 300_000)
        let text = Markdown.plainText(body, limit: 160)
        #expect(text.count == 160)
        #expect(text.hasSuffix(" 批"))
        #expect(text.hasPrefix("批发 批发"))
    }
}
