import TemplateEngine

/// The fixed render context: a product-like page with small lists, so output stays bounded.
let context: TemplateValue = [
    "title": "纯棉T恤 <b>&", "price": .decimal(12_3450), "rate": .double(0.025), "moq": 50, "n": -3,
    "specs": ["材质": "纯棉", "克重": "180g"], "tags": ["a", "<i>"], "none_here": .null, "flag": true,
    "tiers": [["min": 100, "price": .decimal(150_000)], ["min": 50, "price": .decimal(180_000)]],
    "date": "2025-11-30", "html": .safe("<p>ok</p>"),
]

/// Templates the fuzzed one can extend, include and import.
let companions = [
    "base.html": "<main>{% block content %}base{% endblock %}</main>{% block foot %}f{% endblock %}",
    "part.html": "{{ specs | length }}{{ title }}",
    "macros.html": "{% macro price(p, unit=\"件\") %}{{ p | money }}/{{ unit }}{% endmacro %}",
]

/// Small render limits, so that any input renders (or fails) quickly: loops, string doubling and exponential macros
/// stop at the budget with a positioned error instead of needing to be filtered out.
let environment: TemplateEnvironment = {
    var environment = TemplateEnvironment()
    environment.limits = RenderLimits(maximumBytes: 1 << 20, maximumSteps: 200_000)
    return environment
}()

/// libFuzzer entry point: lexes and parses the input as `page.html` (with companions to extend or
/// include), then renders it under small limits; every outcome is HTML or a positioned Diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    var sources = companions
    sources["page.html"] = String(decoding: buffer, as: UTF8.self)
    let library = TemplateLibrary(sources: sources, environment: environment)
    guard buffer.count <= 2048 else { return 0 }
    do {
        var out: [UInt8] = []
        try library.render("page.html", context: context, into: &out)
    } catch {
        precondition((error.location?.line ?? 0) >= 1, "a template error without a line: \(error)")
    }
    return 0
}
