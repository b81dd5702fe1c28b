import Testing
import FrontMatter
@testable import SiteBuilder

/// The YAML writing helpers of the scaffold: quoting and comment alignment.
struct ScaffoldTextTests {
    @Test(arguments: [
        ("HD-T001", "HD-T001"), ("纯棉 T 恤", "纯棉 T 恤"), ("", "\"\""), ("007", "\"007\""), ("yes", "\"yes\""),
        ("a: b", "\"a: b\""), ("x #y", "\"x #y\""), ("#x", "\"#x\""), ("say \"hi\"", "say \"hi\""), ("\"hi\" she said", "\"\\\"hi\\\" she said\""),
        ("a\\b\n", "\"a\\\\b\\n\""), ("180g", "\"180g\""), ("-x", "\"-x\""),
    ])
    func scalarsAreQuotedOnlyWhenNeeded(text: String, written: String) {
        #expect(YAMLText.scalar(text) == written)
        let node = try? YAMLReader.parse("k: \(written)\nlist: \(YAMLText.list([text]))\n", path: "t.yaml")
        #expect(node?["k"]?.scalar == text)
        #expect(node?["list"]?.items?.first?.scalar == text)
    }

    @Test func flowListsQuoteCommasAndBrackets() {
        #expect(YAMLText.list(["纯棉T恤", "a,b", "[x]"]) == "[纯棉T恤, \"a,b\", \"[x]\"]")
        #expect(YAMLText.list([]) == "[]")
    }

    @Test func commentsAlignCountingWideCharactersTwice() {
        var yaml = CommentedYAML()
        yaml.line("moq: 50", "起订量")
        yaml.line("unit: 件", "unit")
        yaml.line(String(repeating: "x", count: 40), "long")
        yaml.line("plain")
        #expect(yaml.text == "moq: 50" + String(repeating: " ", count: 23) + "# 起订量\n"
                + "unit: 件" + String(repeating: " ", count: 22) + "# unit\n"
                + String(repeating: "x", count: 40) + "  # long\n"
                + "plain\n")
        #expect(CommentedYAML.displayWidth("陈经理 A") == 8)
    }
}
