import Diagnostics
@testable import TemplateEngine

/// An environment like the builder's: a stub `markdown` filter that wraps text in `<p>`.
func testEnvironment(globals: TemplateMap = ["site": ["name": "恒达五金"]]) -> TemplateEnvironment {
    var environment = TemplateEnvironment(currencySymbol: "¥", globals: globals)
    environment.register(filter: "markdown") { value, _ in
        guard case .string(let text) = value else { throw TemplateFilterError("expects Markdown text") }
        return .safe("<p>" + text + "</p>")
    }
    return environment
}

/// Renders `page.html` holding `source`, next to any other `files`.
func render(_ source: String, _ context: TemplateValue = [:], files: [String: String] = [:]) throws(Diagnostic) -> String {
    var sources = files
    sources["page.html"] = source
    let library = TemplateLibrary(sources: sources, environment: testEnvironment(), displayPrefix: "templates/")
    return try library.render("page.html", context: context)
}

/// The printed diagnostic of a failing render, or "no error: <output>".
func renderError(_ source: String, _ context: TemplateValue = [:], files: [String: String] = [:]) -> String {
    do {
        return "no error: " + (try render(source, context, files: files))
    } catch {
        return error.description
    }
}

/// A context with a product shaped like the builder's.
let productContext: TemplateValue = [
    "product": [
        "sku": "HD-T001",
        "title": "纯棉 T 恤",
        "price_tiers": [["min": 50, "price": .decimal(180_000)], ["min": 100, "price": .decimal(150_000)]],
        "specs": ["材质": "纯棉", "克重": "180g", "颜色": "白"],
        "tags": ["批发", "现货"],
        "moq": 50,
    ],
    "customer": ["name": "<script>alert(1)</script>"],
    "rate": .double(0.0312),
    "nothing": nil,
]
