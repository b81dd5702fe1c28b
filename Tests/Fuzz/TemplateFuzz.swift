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

/// Whether rendering `bytes` is bounded: templates may legitimately loop or multiply text exponentially
/// (nested loops over big literal lists, `range`, string doubling), so renders only inputs that cannot.
func renderIsBounded(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    func count(_ word: String) -> Int {
        let needle = Array(word.utf8)
        guard bytes.count >= needle.count else { return 0 }
        var found = 0
        for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
            if needle.indices.allSatisfy({ bytes[start + $0] == needle[$0] }) { found += 1 }
        }
        return found
    }
    guard bytes.count <= 2048, count("range") == 0 else { return false }
    let loops = count("for"), calls = count("("), growth = count("~") + count("*") + count("+") + count("join") + count("replace") + count("set")
    return loops <= 3 && calls <= 6 && growth <= 6 && count("include") + count("super") + count("block") <= 6
}

/// libFuzzer entry point: lexes and parses the input as `page.html` (with companions to extend or
/// include), then renders it when that is bounded; every outcome is HTML or a positioned Diagnostic.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: data, count: size)
    var sources = companions
    sources["page.html"] = String(decoding: buffer, as: UTF8.self)
    let library = TemplateLibrary(sources: sources)
    guard renderIsBounded(buffer) else { return 0 }
    do {
        var out: [UInt8] = []
        try library.render("page.html", context: context, into: &out)
    } catch {
        precondition((error.location?.line ?? 0) >= 1, "a template error without a line: \(error)")
    }
    return 0
}
