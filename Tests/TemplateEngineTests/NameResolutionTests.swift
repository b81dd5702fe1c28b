import Testing
@testable import TemplateEngine

/// Names are interned at parse time and globals read from a table: shadowing and scoping must read as before.
@Suite struct NameResolutionTests {
    @Test(arguments: [
        // a global map member, and what hides the global
        ("{{ site.name }}", "恒达五金"),
        ("{% set site = {\"name\": \"local\"} %}{{ site.name }}", "local"),
        ("{% for site in [{\"name\": \"a\"}] %}{{ site.name }}{% endfor %}{{ site.name }}", "a恒达五金"),
        ("{% macro m(site) %}{{ site.name }}{% endmacro %}{{ m({\"name\": \"p\"}) }}{{ site.name }}", "p恒达五金"),
        ("{% macro m(site=none) %}{{ site.name | default(\"-\") }}{% endmacro %}{{ m() }}", "-"),
        // a macro sees the globals, not its caller's variables
        ("{% set site = {\"name\": \"local\"} %}{% macro m() %}{{ site.name }}{% endmacro %}{{ m() }}", "恒达五金"),
        ("{% set x = 1 %}{% macro m() %}{{ x | default(\"none\") }}{% endmacro %}{{ m() }}", "none"),
        ("{% macro m() %}{% set y = 2 %}{{ y }}{% endmacro %}{{ m() }}{{ y | default(\"-\") }}", "2-"),
        ("{% macro m(n) %}{% for i in [1, 2] %}{% set n = n ~ i %}{{ n }}{% endfor %}{{ n }}{% endmacro %}{{ m(\"a\") }}", "a1a2a"),
        // set inside loops stays in the pass
        ("{% set n = \"x\" %}{% for i in [1, 2] %}{{ n }}{% set n = i %}{{ n }}{% endfor %}{{ n }}", "x1x2x"),
        ("{% for i in [1, 2] %}{{ m | default(\"-\") }}{% set m = i %}{% endfor %}", "--"),
        // `loop` per pass: reassigned, captured, nested
        ("{% for x in [1, 2] %}{{ loop.index }}{% set loop = 9 %}{{ loop }}{% endfor %}", "1929"),
        ("{% for a in [1, 2] %}{% set outer = loop %}{% for b in [1, 2] %}{{ outer.index }}{{ loop.index }} {% endfor %}{% endfor %}", "11 12 21 22 "),
        ("{% for a in [1, 2] %}{% set l = loop %}{% endfor %}{{ l | default(\"gone\") }}", "gone"),
        ("{% for a in [1, 2, 3] %}{{ loop.revindex0 }}{{ loop.last }}{% endfor %}{{ loop | default(\"-\") }}", "2false1false0true-"),
        // defined tests and a missing member of a global map
        ("{{ site.name is defined }} {{ site.nope is defined }} {{ site.nope | default(\"d\") }}", "true false d"),
        ("{% set site = {} %}{{ site.name is defined }}", "false"),
    ] as [(String, String)])
    func resolves(template: String, expected: String) throws {
        #expect(try render(template) == expected)
    }

    @Test func theContextHidesAGlobalAndLocalsHideTheContext() throws {
        let context: TemplateValue = ["site": ["name": "ctx"], "n": 1]
        #expect(try render("{{ site.name }}", context) == "ctx")
        #expect(try render("{% set site = {\"name\": \"set\"} %}{{ site.name }}{{ n }}", context) == "set1")
        #expect(try render("{% for n in [5] %}{{ n }}{% endfor %}{{ n }}", context) == "51")
    }

    @Test func anObjectContextHidesAGlobal() throws {
        struct Page: TemplateObject {
            func member(_ name: String) -> TemplateValue? { name == "site" ? ["name": "object"] : nil }
        }
        #expect(try render("{{ site.name }}", .object(Page())) == "object")
    }

    @Test func blocksAndChildSetsSeeTheSameNames() throws {
        let files = ["base.html": "{{ site.name }}|{% block body %}{{ site.name }}{% endblock %}"]
        #expect(try render("{% extends \"base.html\" %}{% block body %}[{{ site.name }}]{% endblock %}", files: files) == "恒达五金|[恒达五金]")
        #expect(try render("{% extends \"base.html\" %}{% set site = {\"name\": \"child\"} %}", files: files) == "child|child")
    }

    @Test func aNameAnotherLibraryDefinesIsNotAGlobalHere() throws {
        let branded = TemplateLibrary(sources: ["a.html": "{{ brand_only_here }}"], environment: testEnvironment(globals: ["brand_only_here": "yes"]))
        #expect(try branded.render("a.html", context: [:]) == "yes")
        #expect(try render("{{ brand_only_here | default(\"none\") }}") == "none")
        #expect(renderError("{{ brand_only_here }}").contains("unknown variable 'brand_only_here'"))
    }

    @Test func missingMembersOfGlobalsStillExplainThemselves() {
        #expect(renderError("{{ site.nam }}").contains("'site' has no key 'nam'; did you mean 'name'?"))
        #expect(renderError("{{ sit.name }}").contains("unknown variable 'sit'; did you mean 'site'?"))
    }
}
