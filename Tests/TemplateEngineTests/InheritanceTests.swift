import Testing
@testable import TemplateEngine

@Suite struct InheritanceTests {
    static let base = """
        <title>{% block title %}{{ site.name }}{% endblock %}</title>
        <main>{% block content %}base{% endblock %}</main>
        """

    @Test(arguments: [
        ("{% extends \"base.html\" %}{% block content %}child{% endblock %}", "<title>恒达五金</title>\n<main>child</main>"),
        ("{% extends \"base.html\" %}{% block title %}{{ product.sku }} · {{ super() }}{% endblock %}", "<title>HD-T001 · 恒达五金</title>\n<main>base</main>"),
        ("{% extends \"mid.html\" %}{% block content %}[{{ super() }}]{% endblock %}", "<title>恒达五金</title>\n<main>[mid(base)]</main>"),
        ("{% extends \"base.html\" %}{% set who = \"child-set\" %}{% block content %}{{ who }}{% endblock %}", "<title>恒达五金</title>\n<main>child-set</main>"),
        ("{% extends \"base.html\" %}ignored text{% block content %}{% block inner %}in{% endblock %}{% endblock %}", "<title>恒达五金</title>\n<main>in</main>"),
        ("{% include \"partials/tags.html\" %}", "<i>批发</i><i>现货</i>"),
        ("{% for t in product.tags %}{% include \"partials/tag.html\" %}{% endfor %}", "[批发][现货]"),
        ("{% include \"partials/\" ~ \"tag.html\" ignore missing %}{% include \"nope.html\" ignore missing %}", "[]"),
        ("{% macro price(t, currency=true) %}{{ t.min }}:{% if currency %}{{ t.price | money }}{% else %}{{ t.price }}{% endif %}{% endmacro %}"
            + "{{ price(product.price_tiers[0]) }} {{ price(product.price_tiers[1], currency=false) }}", "50:¥18.00 100:15"),
        ("{% macro fact(n) %}{% if n > 1 %}{{ n * fact(n - 1) | int }}{% else %}1{% endif %}{% endmacro %}{{ fact(5) }}", "120"),
        ("{% macro show(x) %}{{ x }}{% endmacro %}{{ show(\"<b>\") }}", "&lt;b&gt;"),
        ("{% from \"macros.html\" import badge %}{{ badge(\"new\") }}", "<span class=\"badge\">new</span>"),
        ("{% from \"macros.html\" import badge as b %}{% import \"macros.html\" as m %}{{ b(\"x\") }}{{ m.badge(\"y\") }}", "<span class=\"badge\">x</span><span class=\"badge\">y</span>"),
    ] as [(String, String)])
    func renders(template: String, expected: String) throws {
        let files = [
            "base.html": Self.base,
            "mid.html": "{% extends \"base.html\" %}{% block content %}mid({{ super() }}){% endblock %}",
            "partials/tags.html": "{% for t in product.tags %}<i>{{ t }}</i>{% endfor %}",
            "partials/tag.html": "[{{ t | default(\"\") }}]",
            "macros.html": "{% macro badge(text) %}<span class=\"badge\">{{ text }}</span>{% endmacro %}",
        ]
        #expect(try render(template, productContext, files: files) == expected)
    }

    @Test func shopTemplatesOverrideTheThemeFileByFile() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tpl-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = [
            "theme/base.html": "<b>{% block content %}{% endblock %}</b>",
            "theme/quote.html": "{% extends \"base.html\" %}{% block content %}theme quote{% endblock %}",
            "theme/product.html": "{% extends \"base.html\" %}{% block content %}theme product{% endblock %}",
            "shop/templates/quote.html": "{% extends \"base.html\" %}{% block content %}shop quote{% endblock %}",
            "shop/templates/.hidden.html": "{% bad",
        ]
        for (path, text) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        let library = TemplateLibrary(directories: [(root + "/shop/templates", "templates/"), (root + "/theme", "theme/")], environment: testEnvironment())
        #expect(library.diagnostics.items.isEmpty)
        #expect(try library.render("quote.html", context: [:]) == "<b>shop quote</b>")
        #expect(try library.render("product.html", context: [:]) == "<b>theme product</b>")
        #expect(library.templateNames == ["base.html", "product.html", "quote.html"])
    }
}

import Foundation
