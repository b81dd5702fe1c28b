import Diagnostics
import Testing
@testable import TemplateEngine

/// Cycles of `extends`, `include` and `import` are errors when the templates load, at the reference closing the
/// cycle, whether or not a page ever reaches them; the render-time guard stays for includes named by expressions.
@Suite struct TemplateCycleTests {
    @Test(arguments: [
        (["page.html": "{% include \"page.html\" %}"], ["templates/page.html:1:12: error: include cycle: page.html → page.html"]),
        (["page.html": "{% include \"a.html\" %}", "a.html": "{% include \"b.html\" %}", "b.html": "x{% include \"a.html\" %}"],
         ["templates/b.html:1:13: error: include cycle: a.html → b.html → a.html"]),
        (["page.html": "{% extends \"page.html\" %}"], ["templates/page.html:1:12: error: extends cycle: page.html → page.html"]),
        (["page.html": "{% extends \"a.html\" %}", "a.html": "{% include \"page.html\" %}"],
         ["templates/page.html:1:12: error: extends and include cycle: a.html → page.html → a.html"]),
        (["page.html": "{% import \"m.html\" as m %}{% macro x() %}{% endmacro %}",
          "m.html": "{% from \"page.html\" import x %}{% macro y() %}{% endmacro %}"],
         ["templates/page.html:1:11: error: import cycle: m.html → page.html → m.html"]),
        (["page.html": "{% macro m() %}{% include \"page.html\" %}{% endmacro %}"],
         ["templates/page.html:1:27: error: include cycle: page.html → page.html"]),
        (["page.html": "{% block a %}{% if false %}{% include \"./page.html\" %}{% endif %}{% endblock %}"],
         ["templates/page.html:1:39: error: include cycle: page.html → page.html"]),
        (["page.html": "{% include \"page.html\" %}{% include \"page.html\" %}"],
         ["templates/page.html:1:12: error: include cycle: page.html → page.html"]),
        (["page.html": "{% include name %}{% include \"missing.html\" ignore missing %}"], []),
        (["page.html": "{% include \"a.html\" %}{% include \"b.html\" %}", "a.html": "{% include \"c.html\" %}",
          "b.html": "{% extends \"c.html\" %}", "c.html": "c"], []),
    ])
    func cyclesAreFoundWhenTheTemplatesLoad(files: [String: String], expected: [String]) {
        let library = TemplateLibrary(sources: files, displayPrefix: "templates/")
        #expect(library.diagnostics.items.map(\.description) == expected)
    }

    @Test func aCycleThroughAnExpressionStillStopsTheRender() {
        let library = TemplateLibrary(sources: ["page.html": "{% include name %}"], displayPrefix: "templates/")
        #expect(library.diagnostics.items.isEmpty)
        #expect { _ = try library.render("page.html", context: ["name": "page.html"]) } throws: { error in
            "\(error)".hasPrefix("templates/page.html:1:12: error: include cycle: page.html → page.html")
        }
    }
}
