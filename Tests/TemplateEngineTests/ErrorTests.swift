import Testing
@testable import TemplateEngine

@Suite struct ErrorTests {
    static let files = [
        "a.html": "{% include \"b.html\" %}",
        "b.html": "x\n{% include \"a.html\" %}",
        "self.html": "{% extends \"self.html\" %}",
        "e1.html": "{% extends \"e2.html\" %}",
        "e2.html": "{% extends \"e1.html\" %}",
        "broken.html": "ok\n{{ oops",
        "child.html": "{% extends \"base.html\" %}{% block content %}{{ nope }}{% endblock %}",
        "base.html": "<main>{% block content %}{% endblock %}</main>",
        "deep.html": "{{ missing_var }}",
        "macros.html": "{% macro m(x) %}\n{{ x.nope }}{% endmacro %}",
        "loop.html": "{% include \"loop.html\" %}",
    ]

    @Test(arguments: [
        ("{{ custmer.name }}", "templates/page.html:1:4: error: unknown variable 'custmer'; did you mean 'customer'?"),
        ("纯棉 {{ x }}", "templates/page.html:1:7: error: unknown variable 'x'"),
        ("a\r\nb\r\n  {{ y }}", "templates/page.html:3:6: error: unknown variable 'y'"),
        ("{{ loop.index }}", "templates/page.html:1:4: error: unknown variable 'loop'"),
        ("{{ product.pric }}", "templates/page.html:1:12: error: 'product' has no key 'pric'; did you mean 'price'? (use '| default(…)' or 'is defined' if it may be missing)"),
        ("{{ product | markdwn }}", "templates/page.html:1:14: error: unknown filter 'markdwn'; did you mean 'markdown'?"),
        ("\n  {{ \"a\" + 1 }}", "templates/page.html:2:10: error: cannot apply '+' to a string and an integer"),
        ("{{ 1 < \"a\" }}", "templates/page.html:1:6: error: cannot compare an integer with a string"),
        ("{{ 922337203685477.5807 | percent }}", "templates/page.html:1:27: error: filter 'percent': value too large"),
        ("{{ 9223372036854775807 + 1 }}", "templates/page.html:1:24: error: number too large"),
        ("{{ 1 / 0 }}", "templates/page.html:1:6: error: division by zero"),
        ("{{ product.tiers[5] }}", "templates/page.html:1:17: error: index 5 is out of range for 'product.tiers', which has 1 item"),
        ("{{ product }}", "templates/page.html:1:1: error: cannot print a map; loop over it, or use a filter such as 'join' or 'json'"),
        ("{{ \"x\" | money }}", "templates/page.html:1:10: error: filter 'money': expects an exact amount (integer or decimal), not a string"),
        ("{{ \"2025-02-30\" | date }}", "templates/page.html:1:19: error: filter 'date': expects a date written YYYY-MM-DD, not '2025-02-30'"),
        ("{% for x in nothing %}{% endfor %}", "templates/page.html:1:1: error: cannot loop over 'nothing': it is none; use '| default([])' if it may be missing"),
        ("a\n{{ product.name", "templates/page.html:2:1: error: unterminated tag: '{{' is never closed by '}}'"),
        ("{% if true %}\n{{ \"abc }}", "templates/page.html:2:4: error: unterminated string: the quote opened here is never closed on this line"),
        ("x {# never closed", "templates/page.html:1:3: error: unterminated comment: '{#' is never closed by '#}'"),
        ("{% raw %}x", "templates/page.html:1:1: error: unterminated raw block: '{% raw %}' is never closed by '{% endraw %}'"),
        ("text\n{% endfor %}", "templates/page.html:2:4: error: 'endfor' without a matching 'for'"),
        ("{% if true %}\n{% endfor %}", "templates/page.html:2:4: error: unexpected 'endfor': expected 'endif' to close 'if' opened at 1:1"),
        ("{% for x in [] %}\n  x", "templates/page.html:1:1: error: 'for' opened here is never closed: expected '{% endfor %}' before the end of the template"),
        ("{% frobnicate %}", "templates/page.html:1:4: error: unknown tag 'frobnicate'; expected one of if, for, set, block, extends, include, macro, import, from, raw"),
        ("{{ 1 + }}", "templates/page.html:1:8: error: expected an expression, found '}}'"),
        ("{{ x is fancy }}", "templates/page.html:1:9: error: unknown test 'fancy'; expected one of defined, divisibleby, empty, even, false, iterable, mapping, none, null, number, odd, sequence, string, true, undefined"),
        ("{% include \"../secret.html\" %}", "templates/page.html:1:12: error: template name '../secret.html' leaves the templates folder ('..' is not allowed)"),
        ("{% extends \"/etc/passwd\" %}", "templates/page.html:1:12: error: template name '/etc/passwd' is an absolute path; names are relative to the templates folder"),
        ("{% include \"x/\" ~ \"../../y.html\" %}", "templates/page.html:1:12: error: template name 'x/../../y.html' leaves the templates folder ('..' is not allowed)"),
        ("{% include \"missing.html\" %}", "templates/page.html:1:12: error: template 'missing.html' not found (looked in templates/)"),
        ("{% extends \"missing.html\" %}", "templates/page.html:1:12: error: template 'missing.html' not found (looked in templates/)"),
        ("{% include \"a.html\" %}", """
            templates/b.html:2:12: error: include cycle: a.html → b.html → a.html
              templates/a.html:1:12: note: included from here
              templates/page.html:1:12: note: included from here
            """),
        ("{% include \"self.html\" %}", """
            templates/self.html:1:12: error: extends cycle: self.html → self.html
              templates/page.html:1:12: note: included from here
            """),
        ("{% extends \"e1.html\" %}", "templates/e2.html:1:12: error: extends cycle: page.html → e1.html → e2.html → e1.html"),
        ("{% include \"broken.html\" %}", """
            templates/broken.html:2:1: error: unterminated tag: '{{' is never closed by '}}'
              templates/page.html:1:12: note: included from here
            """),
        ("{% include \"child.html\" %}", """
            templates/child.html:1:48: error: unknown variable 'nope'
              templates/page.html:1:12: note: included from here
            """),
        ("{% from \"macros.html\" import m %}\n{{ m(product) }}", """
            templates/macros.html:2:6: error: 'x' has no key 'nope' (use '| default(…)' or 'is defined' if it may be missing)
              templates/page.html:2:4: note: in macro 'm' called from here
            """),
        ("{% macro m(a) %}{% endmacro %}{{ m() }}", "templates/page.html:1:34: error: missing argument 'a' for macro 'm'"),
        ("{% macro m(a) %}{% endmacro %}{{ m(b=1) }}", "templates/page.html:1:34: error: macro 'm' has no parameter 'b'"),
        ("{{ nomacro(1) }}", "templates/page.html:1:4: error: unknown macro 'nomacro'"),
        ("{% block b %}{{ super() }}{% endblock %}", "templates/page.html:1:17: error: block 'b' has no parent block for super() to render"),
        ("{% block a %}{% endblock %}{% block a %}{% endblock %}", "templates/page.html:1:37: error: block 'a' is defined twice in this template"),
    ] as [(String, String)])
    func reportsPositionedError(template: String, expected: String) {
        let context: TemplateValue = ["customer": ["name": "x"], "product": ["price": 1, "name": "n", "tiers": [1]], "nothing": nil]
        #expect(renderError(template, context, files: Self.files) == expected)
    }

    @Test func recursionDeeperThanTheLimitIsAnError() {
        let message = renderError("{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}")
        #expect(message.hasPrefix("templates/page.html:1:20: error: recursion deeper than 64 levels of include, macro or super() calls"))
        #expect(message.contains("templates/page.html:1:20: note: in macro 'r' called from here"))
        #expect(message.hasSuffix("templates/page.html:1:48: note: in macro 'r' called from here"))
        #expect(message.components(separatedBy: "\n").count <= 11)
    }

    @Test func syntaxErrorsOfEveryTemplateAreCollectedUpFront() {
        let library = TemplateLibrary(sources: ["a.html": "{% if %}", "b.html": "fine", "c.html": "{{ x | nofilter }}"], environment: testEnvironment())
        #expect(library.diagnostics.items.map(\.description) == [
            "a.html:1:7: error: expected an expression, found '%}'",
            "c.html:1:8: error: unknown filter 'nofilter'",
        ])
    }

    @Test func markdownIsAnErrorUntilTheHostRegistersIt() {
        let library = TemplateLibrary(sources: ["a.html": "{{ body | markdown }}"], environment: TemplateEnvironment())
        #expect(library.diagnostics.items.map(\.description) == ["a.html:1:11: error: unknown filter 'markdown'; the host must register it"])
    }
}

import Foundation
