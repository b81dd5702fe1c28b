import Diagnostics
import Testing
@testable import TemplateEngine

/// A library specialised on `site` and `t` renders every page byte for byte as the library as parsed, errors included.
@Suite struct SpecializationTests {
    static let globals: TemplateMap = [
        "site": ["name": "恒达五金", "logo": "assets/logo.png", "contact": ["person": "王经理", "phone": ""], "phones": ["0571-1", "0571-2"]],
        "t": ["order_items": "订单明细", "sep": " · ", "risky": "<b>&\"", "line": "共 {n} 件", "total": "合计"],
    ]

    /// The output, or the whole printed diagnostic, of `page.html` rendered by `library`.
    static func outcome(_ library: TemplateLibrary, _ context: TemplateValue) -> String {
        do { return "ok: " + (try library.render("page.html", context: context)) } catch { return "error: " + error.description }
    }

    /// The library as parsed and its specialisation, for `page.html` holding `source` next to `files`.
    static func libraries(_ source: String, files: [String: String] = [:], limits: RenderLimits = RenderLimits())
        -> (plain: TemplateLibrary, folded: TemplateLibrary) {
        var sources = files
        sources["page.html"] = source
        var environment = testEnvironment(globals: globals)
        environment.limits = limits
        let plain = TemplateLibrary(sources: sources, environment: environment, displayPrefix: "templates/")
        return (plain, plain.specialized(constants: ["site", "t"]))
    }

    static let layout = "<title>{% block title %}{{ site.name }}{% endblock %}</title><a href=\"{{ root }}index.html\">{{ t.total }}</a>{% block body %}{% endblock %}"
    static let macros = "{% macro row(label, value) %}<tr><th>{{ label }}</th><td>{{ value }}</td><td>{{ t.sep }}</td></tr>{% endmacro %}"
    static let files = ["base.html": layout, "macros.html": macros,
                        "partial.html": "<p>{{ site.name }}{{ t.sep }}{{ order.id }}</p>"]

    /// Templates covering folded and unfolded outputs, conditions, loops, sets, blocks, macros, includes and errors.
    static let pages: [String] = [
        "{{ t.order_items }}{{ t.sep }}{{ site.name }}: {{ order.id }}",
        "{{ t.risky }}|{{ t.risky | safe }}|{{ site.name | length }}|{{ t.line | replace(\"{n}\", order.count) }}",
        "{% if site.logo %}<img src=\"{{ root }}{{ site.logo }}\">{% else %}none{% endif %}{{ order.id }}",
        "{% if site.contact.phone %}{{ site.contact.phone }}{% elif site.contact.person %}{{ site.contact.person | upper }}{% endif %}",
        "{% if order.id %}{{ t.order_items }}{% elif site.logo %}x{% endif %}",
        "{% if site.logo %}{{ t.nope }}{% endif %}",                       // error inside a folded branch
        "{% if order.id %}{{ site.name | money }}{% endif %}",             // error in a folded output inside an unfolded branch
        "{{ site.missing }}",
        "{{ t.order_items ~ order.id }}{{ t.total if order.count > 1 else t.sep }}",
        "{% for p in site.phones %}{{ p }}{{ t.sep }}{{ loop.index }}{% endfor %}",
        "{% for k, v in site.contact %}{{ k }}={{ v }};{% endfor %}{% for x in t.missing_list %}{% else %}empty{% endfor %}",
        "{% set title = t.order_items %}{{ title }}{% set n = t.line | replace(\"{n}\", \"3\") %}{{ n }}",
        "{% set site = {\"name\": \"别家\"} %}{{ site.name }}{% include \"partial.html\" %}",   // shadows a global
        "{% for t in [1, 2] %}{{ t }}{% endfor %}{{ site.name }}",
        "{% extends \"base.html\" %}{% block title %}{{ t.order_items }} {{ super() }}{% endblock %}{% block body %}{{ order.id }}{% endblock %}",
        "{% from \"macros.html\" import row %}{{ row(t.total, order.count) }}{{ row(site.name, t.sep) }}",
        "<a href=\"{{ root }}orders/\">{{ t.order_items }}</a><a href=\"{{ root }}{{ site.logo }}\">{{ root }}</a>",
        "{% include \"partial.html\" %}{% include \"missing.html\" ignore missing %}{{ t.total is defined }}{{ t.nope | default(\"—\") }}",
        "{% set chosen %}{% if site.logo %}{{ t.total }}{% endif %}{% endset %}{{ chosen }}{{ chosen }}",
    ]

    @Test(arguments: pages)
    func foldedPageEqualsUnfoldedPage(_ source: String) {
        let (plain, folded) = Self.libraries(source, files: Self.files)
        let byDepth = plain.specialized(constants: ["site", "t"], varying: "root")
        for root in ["", "../", "../../", "../", ""] {
            let context: TemplateValue = ["root": .string(root), "order": ["id": "SO-1001", "count": 3]]
            #expect(Self.outcome(folded, context) == Self.outcome(plain, context), "root \(root)")
            #expect(Self.outcome(byDepth, context) == Self.outcome(plain, context), "root \(root), specialised by depth")
        }
    }

    /// Specialised by depth, `root` folds too: a page's links to the shop's own pages become one run of text.
    @Test func rootFoldsPerDepth() throws {
        let (plain, _) = Self.libraries("<a href=\"{{ root }}orders/\">{{ t.order_items }}</a>")
        let byDepth = plain.specialized(constants: ["site", "t"], varying: "root")
        let deep = try #require(byDepth.forVaryingValue(in: ["root": "../../"]))
        let nodes = try #require(deep.templates["page.html"]?.nodes)
        guard nodes.count == 1, case .constant(let run) = nodes[0] else { Issue.record("not folded: \(nodes)"); return }
        #expect(String(decoding: run.bytes, as: UTF8.self) == "<a href=\"../../orders/\">订单明细</a>")
        #expect(byDepth.forVaryingValue(in: ["root": "../../"]) === deep)
        #expect(byDepth.forVaryingValue(in: ["root": 1]) == nil)
        #expect(Self.outcome(byDepth, ["root": 1]) == Self.outcome(plain, ["root": 1]))
    }

    /// A context that defines `site` hides the global: the specialised library renders it with the parsed templates.
    @Test func contextDefiningAConstantHidesTheFoldedGlobal() {
        let (plain, folded) = Self.libraries("{{ site.name }}|{{ t.total }}")
        let context: TemplateValue = ["site": ["name": "页面自己的"]]
        #expect(Self.outcome(folded, context) == "ok: 页面自己的|合计")
        #expect(Self.outcome(plain, context) == "ok: 页面自己的|合计")
    }

    /// Outputs of the constants become one run of text; a page's own data stays an output.
    @Test func constantTextIsMergedIntoOneRun() throws {
        let (_, folded) = Self.libraries("<h1>{{ t.order_items }}</h1>{{ t.risky }} {{ order.id }}")
        let nodes = try #require(folded.templates["page.html"]?.nodes)
        #expect(nodes.count == 2)
        guard case .constant(let run) = nodes.first else { Issue.record("not folded: \(nodes)"); return }
        #expect(String(decoding: run.bytes, as: UTF8.self) == "<h1>订单明细</h1>&lt;b&gt;&amp;&quot; ")
        #expect(run.original.count == 5)
    }

    /// A name that some template rebinds is not folded anywhere; a name that is no global is ignored.
    @Test func reboundAndUnknownNamesAreNotConstants() {
        let (_, folded) = Self.libraries("{{ t.total }}", files: ["other.html": "{% set site = 1 %}"])
        #expect(folded.foldedConstants == ["t"])
        #expect(folded.specialized(constants: ["t"]) === folded)
        let (plain, none) = Self.libraries("{{ x }}", files: ["other.html": "{% macro m(t, site) %}{% endmacro %}"])
        #expect(none === plain)
    }

    /// Near the step or size budget a folded run renders its nodes, so the error names the same line as before.
    @Test(arguments: [RenderLimits(maximumBytes: 1 << 20, maximumSteps: 40), RenderLimits(maximumBytes: 300, maximumSteps: 100_000)])
    func budgetErrorsStopWhereTheyDidWithoutFolding(limits: RenderLimits) {
        let source = "{% for i in order.items %}\n{{ t.order_items }}{{ t.risky }}{{ site.name }}{{ t.line }}\n{% if site.logo %}{{ t.total }}{% endif %}{% endfor %}"
        let (plain, folded) = Self.libraries(source, limits: limits)
        let context: TemplateValue = ["order": ["items": .list(Array(repeating: .int(1), count: 50))]]
        let expected = Self.outcome(plain, context)
        #expect(expected.hasPrefix("error: templates/page.html:"))
        #expect(Self.outcome(folded, context) == expected)
    }
}
