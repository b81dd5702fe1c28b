import Dispatch
import Testing
@testable import TemplateEngine

@Suite struct EscapingTests {
    @Test(arguments: [
        ("<td>{{ customer.name }}</td>", "<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"),
        ("<a title=\"{{ quote }}\">", "<a title=\"&quot;a&quot; &amp; &#39;b&#39;\">"),
        ("{{ customer.name | upper }}", "&lt;SCRIPT&gt;ALERT(1)&lt;/SCRIPT&gt;"),
        ("{{ customer.name ~ \"!\" }}", "&lt;script&gt;alert(1)&lt;/script&gt;!"),
        ("{{ customer.name | truncate(8) }}", "&lt;script&gt;…"),
        ("{{ [customer.name] | join(\",\") }}", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("{{ customer.name | default(\"x\") }}", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("{% set n = customer.name %}{{ n }}", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("{% macro m(x) %}<i>{{ x }}</i>{% endmacro %}{{ m(customer.name) }}", "<i>&lt;script&gt;alert(1)&lt;/script&gt;</i>"),
        ("{{ body | markdown }}", "<p><b>md</b></p>"),
        ("{{ \"<b>\" | safe }}", "<b>"),
        ("<script type=\"application/json\">{{ customer | json }}</script>", "<script type=\"application/json\">{\"name\":\"\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"}</script>"),
    ] as [(String, String)])
    func contentIsEscapedUnlessMarkedSafe(template: String, expected: String) throws {
        let context: TemplateValue = ["customer": ["name": "<script>alert(1)</script>"], "quote": "\"a\" & 'b'", "body": "<b>md</b>"]
        #expect(try render(template, context) == expected)
    }

    @Test func concurrentRendersShareOneLibraryAndAgree() throws {
        let library = TemplateLibrary(sources: [
            "base.html": "<h1>{% block title %}{% endblock %}</h1>{% block body %}{% endblock %}",
            "page.html": "{% extends \"base.html\" %}{% block title %}{{ n }}{% endblock %}{% block body %}{% for i in range(n) %}{{ i }},{% endfor %}{% endblock %}",
        ], environment: testEnvironment())
        let results = Results(count: 200)
        DispatchQueue.concurrentPerform(iterations: 200) { i in
            results.set(i, try? library.render("page.html", context: ["n": .int(i % 7)]))
        }
        for i in 0..<200 {
            let expected = "<h1>\(i % 7)</h1>" + (0..<(i % 7)).map { "\($0)," }.joined()
            #expect(results.get(i) == expected)
        }
    }
}

/// A lock-protected array of render results filled from many threads.
final class Results: @unchecked Sendable {
    private var items: [String?]
    private let lock = DispatchSemaphore(value: 1)
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: String?) { lock.wait(); items[i] = value; lock.signal() }
    func get(_ i: Int) -> String? { lock.wait(); defer { lock.signal() }; return items[i] }
}
