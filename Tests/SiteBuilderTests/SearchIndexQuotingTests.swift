import Testing
@testable import SiteBuilder

/// The search index's JSON strings: safe inside HTML and scripts, every other character as written.
@Suite struct SearchIndexQuotingTests {
    @Test(arguments: [
        ("纯棉T恤", "\"纯棉T恤\""),
        ("a\"b\\c", "\"a\\\"b\\\\c\""),
        ("<b>&</b>", "\"\\u003cb\\u003e\\u0026\\u003c/b\\u003e\""),
        ("x\u{2028}y\u{2029}z\u{2027}", "\"x\\u2028y\\u2029z\u{2027}\""),
        ("tab\tnl\n\u{1}", "\"tab\\u0009nl\\u000a\\u0001\""),
        ("", "\"\""),
    ])
    func quotes(text: String, expected: String) {
        #expect(SearchIndex.quoted(text) == expected)
    }
}
