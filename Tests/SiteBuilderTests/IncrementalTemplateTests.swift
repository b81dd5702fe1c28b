import Testing
import TemplateEngine

@Suite struct IncrementalTemplateTests {
    static let library = TemplateLibrary(sources: [
        "base.html": "<main>{% block content %}{% endblock %}</main>{% include \"partials/footer.html\" %}",
        "partials/footer.html": "<footer>{% include \"partials/contact.html\" %}</footer>",
        "partials/contact.html": "tel",
        "partials/macros.html": "{% macro card(p) %}{% include \"partials/badge.html\" %}{{ p }}{% endmacro %}",
        "catalog.html": "{% extends \"base.html\" %}{% from \"partials/macros.html\" import card %}{% block content %}{{ card(1) }}{% endblock %}",
        "page.html": "{% extends \"base.html\" %}{% block content %}{% if x %}{% include name %}{% endif %}{% endblock %}",
        "plain.html": "{% import \"partials/macros.html\" as m %}{{ m.card(2) }}",
    ])

    @Test func dependenciesFollowExtendsIncludeAndImports() {
        #expect(Self.library.dependencies(of: "catalog.html") == [
            "catalog.html", "base.html", "partials/footer.html", "partials/contact.html", "partials/macros.html", "partials/badge.html",
        ])
        #expect(Self.library.dependencies(of: "plain.html") == ["plain.html", "partials/macros.html", "partials/badge.html"])
        #expect(Self.library.dependencies(of: "partials/contact.html") == ["partials/contact.html"])
    }

    @Test func aDynamicIncludeMakesTheDependenciesUnknown() {
        #expect(Self.library.dependencies(of: "page.html") == nil)
    }
}
