import Diagnostics
import Testing
@testable import TemplateEngine

/// Templates that would recurse or blow up: each ends in a positioned error, never a hang or a stack overflow.
@Suite struct HostileTemplateTests {
    /// The input libFuzzer found (fuzz-template, stack overflow): a block nested in a block of the same name
    /// rendered itself forever. Kept byte for byte, including its invalid UTF-8.
    static let fuzzFoundNestedBlock: [UInt8] = Array(#"{t x%eneds html" as m %}"#.utf8) + [10]
        + Array("{% block content %}<".utf8) + [0xE8] + Array(#"1>{{ title }}<oq > 1  html" as m %}"#.utf8) + [10]
        + Array("{% block content %}<".utf8) + [0xE8]
        + Array("1>{{ title }}<oq > 1 anier in tidfor %}r() }}{% endblock %}anier in tidfor %}r() }}{% endblock %}".utf8) + [10]

    @Test func fuzzFoundBlockNestedInItselfIsASyntaxError() {
        let library = TemplateLibrary(sources: ["page.html": String(decoding: Self.fuzzFoundNestedBlock, as: UTF8.self)],
                                      displayPrefix: "templates/")
        #expect(library.diagnostics.items.map(\.description) == [
            "templates/page.html:3:10: error: block 'content' is defined twice in this template",
        ])
        #expect(throws: Diagnostic.self) { _ = try library.render("page.html", context: ["title": "x"]) }
    }

    @Test(arguments: [
        ("{% block a %}1{% block a %}2{% endblock %}{% endblock %}", "templates/page.html:1:24: error: block 'a' is defined twice"),
        ("{% block a %}{% block b %}{% block a %}{% endblock %}{% endblock %}{% endblock %}",
         "templates/page.html:1:36: error: block 'a' is defined twice"),
        ("{% extends \"base.html\" %}{% block content %}{% block content %}{% endblock %}{% endblock %}",
         "templates/page.html:1:54: error: block 'content' is defined twice"),
    ])
    func blockNestedInItselfIsRefused(source: String, message: String) {
        let error = renderError(source, files: ["base.html": "{% block content %}{% endblock %}"])
        #expect(error.hasPrefix(message), "\(error)")
    }

    @Test func blocksNestedTheOtherWayInTheChildRenderTheMostDerived() throws {
        let base = "[{% block a %}A{% block b %}B{% endblock %}{% endblock %}]"
        let child = "{% extends \"base.html\" %}{% block b %}b{% block a %}a{% endblock %}{% endblock %}"
        #expect(try render(child, files: ["base.html": base]) == "[a]")
    }

    @Test func superThroughBlocksNestedTheOtherWayStopsAtTheDepthLimit() {
        // a → super() (base's a) → block b → child's b → block a → child's a → super() … a real cycle.
        let base = "[{% block a %}A{% block b %}B{% endblock %}{% endblock %}]"
        let child = "{% extends \"base.html\" %}{% block b %}b{% block a %}a{{ super() }}{% endblock %}{% endblock %}"
        let error = renderError(child, files: ["base.html": base])
        #expect(error.hasPrefix("templates/page.html:1:57: error: recursion deeper than 64 levels"), "\(error.prefix(300))")
    }

    @Test func macroCallingItselfStopsAtTheDepthLimit() {
        let error = renderError("{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(0) }}")
        #expect(error.contains("error: recursion deeper than 64 levels of include, macro or super() calls"), "\(error)")
        #expect(error.hasPrefix("templates/page.html:1:"), "\(error)")
    }

    @Test func mutuallyRecursiveMacrosStopAtTheDepthLimit() {
        let error = renderError("{% macro a() %}{{ b() }}{% endmacro %}{% macro b() %}{{ a() }}{% endmacro %}{{ a() }}")
        #expect(error.contains("recursion deeper than 64 levels"), "\(error)")
    }

    @Test func macroRecursionWithABaseCaseWorks() throws {
        let source = "{% macro down(n) %}{{ n }}{% if n > 0 %},{{ down(n - 1) }}{% endif %}{% endmacro %}{{ down(5) }}"
        #expect(try render(source) == "5,4,3,2,1,0")
    }

    @Test(arguments: [
        (["page.html": "{% include \"page.html\" %}"], "include cycle: page.html → page.html"),
        (["page.html": "{% include \"a.html\" %}", "a.html": "{% include \"b.html\" %}", "b.html": "{% include \"a.html\" %}"],
         "include cycle: a.html → b.html → a.html"),
        (["page.html": "{% extends \"page.html\" %}"], "extends cycle: page.html → page.html"),
        (["page.html": "{% extends \"a.html\" %}", "a.html": "{% include \"page.html\" %}"], "include cycle"),
    ])
    func includeAndExtendsCyclesAreErrors(files: [String: String], message: String) {
        let library = TemplateLibrary(sources: files, displayPrefix: "templates/")
        #expect { _ = try library.render("page.html", context: [:]) } throws: { error in
            "\(error)".contains("error: " + message) && "\(error)".hasPrefix("templates/")
        }
    }

    @Test func superCallingItselfStopsAtTheDepthLimit() {
        let files = ["base.html": "{% block a %}x{% endblock %}"]
        let error = renderError("{% extends \"base.html\" %}{% block a %}{{ super() }}{{ super() }}{% endblock %}", files: files)
        #expect(error == "no error: xx")
    }

    /// 5,000 levels of each kind of nesting (found by a hostile test: the recursive-descent parser overflowed its stack).
    static func deeplyNested(_ kind: String) -> String {
        let n = 5_000
        switch kind {
        case "if": return String(repeating: "{% if true %}", count: n) + "x" + String(repeating: "{% endif %}", count: n)
        case "for": return String(repeating: "{% for i in [1] %}", count: n) + "x" + String(repeating: "{% endfor %}", count: n)
        case "parentheses": return "{{ " + String(repeating: "(", count: n) + "1" + String(repeating: ")", count: n) + " }}"
        case "lists": return "{{ " + String(repeating: "[", count: n) + "1" + String(repeating: "]", count: n) + " }}"
        case "not": return "{{ " + String(repeating: "not ", count: n) + "true }}"
        default: return "{{ " + String(repeating: "-", count: n) + "1 }}"
        }
    }

    @Test(arguments: ["if", "for", "parentheses", "lists", "not", "unary minus"])
    func deepNestingIsASyntaxError(kind: String) {
        let library = TemplateLibrary(sources: ["page.html": Self.deeplyNested(kind)], displayPrefix: "templates/")
        let messages = library.diagnostics.items.map(\.description)
        let limit = kind == "if" || kind == "for" ? "tags nested deeper than 100 levels" : "expression nested deeper than 100 levels"
        #expect(messages.count == 1)
        #expect(messages.first?.hasPrefix("templates/page.html:1:") == true)
        #expect(messages.first?.hasSuffix("error: " + limit) == true, "\(messages)")
    }

    @Test func nestingAtTheLimitRenders() throws {
        let ifs = String(repeating: "{% if true %}", count: 100) + "x" + String(repeating: "{% endif %}", count: 100)
        #expect(try render(ifs) == "x")
        let parens = "{{ " + String(repeating: "(", count: 99) + "1" + String(repeating: ")", count: 99) + " }}"
        #expect(try render(parens) == "1")
    }

    /// Long chains (5,000 operators, filters or members): left-deep trees whose evaluation recursed past the
    /// stack (found by a hostile test, signal 11 in a debug build); now refused past 100 levels.
    static func longChain(_ kind: String, _ n: Int) -> String {
        switch kind {
        case "~": return "{{ 1" + String(repeating: " ~ 1", count: n) + " }}"
        case "+": return "{{ 0" + String(repeating: " + 1", count: n) + " }}"
        case "and": return "{{ true" + String(repeating: " and true", count: n) + " }}"
        case "==": return "{{ 1" + String(repeating: " == 1", count: n) + " }}"
        case "|": return "{{ \"a\"" + String(repeating: " | upper", count: n) + " }}"
        default: return "{{ x" + String(repeating: ".x", count: n) + " | default(\"none\") }}"
        }
    }

    @Test(arguments: ["~", "+", "and", "==", "|", "."])
    func longChainsAreRefusedAndShortOnesRender(kind: String) throws {
        let library = TemplateLibrary(sources: ["page.html": Self.longChain(kind, 5_000)], displayPrefix: "templates/")
        let messages = library.diagnostics.items.map(\.description)
        #expect(messages.count == 1 && messages.first?.hasSuffix("error: expression nested deeper than 100 levels") == true, "\(messages)")
        #expect(messages.first?.hasPrefix("templates/page.html:1:") == true)
        let expected = ["~": String(repeating: "1", count: 91), "+": "90", "and": "true", "|": "A", ".": "none"]
        if let output = expected[kind] {
            #expect(try render(Self.longChain(kind, 90), ["x": 1]) == output)
        }
    }
}
