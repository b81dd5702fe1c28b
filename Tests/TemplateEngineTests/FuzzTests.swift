import Testing
@testable import TemplateEngine

/// A small deterministic generator (SplitMix64) so every run feeds the same templates.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct FuzzTests {
    static let seeds = [
        "{% extends \"base.html\" %}{% block content %}{% for k, v in specs %}{{ loop.index }}{{ k }}={{ v | upper }}{% else %}-{% endfor %}{{ super() }}{% endblock %}",
        "{% macro m(a, b=2) %}{{ a * b }}{% endmacro %}{% set x = [1, 2.5, \"s\"] %}{{ m(x[0]) }}{{ x | join(\", \") }}{{ price | money }}",
        "{%- if a > 1 and not b or c in d -%}{{ a ~ b }}{% elif x is defined %}{# c #}{% else %}{{ -a | abs | round(2) }}{% endif %}",
        "{% raw %}{{ x }}{% endraw %}{% include \"part.html\" %}{{ {\"k\": [1, {\"n\": none}]} | json }}{{ \"2025-11-30\" | date(\"%Y年\") }}",
        "{% for t in tiers | sort(\"min\") %}{{ t.min }}:{{ t.price | money }}{% if loop.last %}.{% endif %}{% endfor %}{{ rate | percent }}",
    ]
    static let fragments = [
        "{{", "}}", "{%", "%}", "{#", "#}", "-", "\"", "'", "(", ")", "[", "]", "|", ".", ",", "~", "==", "not ", " in ",
        "endfor", "endif", "block", "extends", "include", "super()", "loop.", "1.5", "-3", "none", "\n", "纯棉", "\\", "{", "}",
        "for x in", "if", "else", "macro", "set", "raw", "endraw", "../", "money", "default(", "9999999999999999999",
    ]
    static let files = [
        "base.html": "<main>{% block content %}base{% endblock %}</main>",
        "part.html": "{{ specs | length }}",
    ]

    @Test func randomAndMutatedTemplatesNeverCrash() {
        var rng = SeededGenerator(state: 20251130)
        let context: TemplateValue = [
            "specs": ["材质": "纯棉", "克重": "180g"], "price": .decimal(12345), "rate": .double(0.025), "a": 3, "b": "x",
            "c": 1, "d": [1, 2], "tiers": [["min": 100, "price": .decimal(150_000)], ["min": 50, "price": .decimal(180_000)]],
        ]
        var rendered = 0, failed = 0
        for round in 0..<3000 {
            var source: String
            if round % 3 == 0 {
                source = (0..<Int.random(in: 1...12, using: &rng)).map { _ in Self.fragments.randomElement(using: &rng) ?? "" }.joined()
            } else {
                var characters = Array(Self.seeds[round % Self.seeds.count])
                for _ in 0..<Int.random(in: 1...4, using: &rng) {
                    let at = Int.random(in: 0...characters.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0 where at < characters.count: characters.remove(at: at)
                    case 1: characters.insert(contentsOf: Self.fragments.randomElement(using: &rng) ?? "", at: at)
                    default:
                        let end = min(characters.count, at + Int.random(in: 1...6, using: &rng))
                        if at < end { characters.removeSubrange(at..<end) }
                    }
                }
                source = String(characters)
            }
            var sources = Self.files
            sources["page.html"] = source
            let library = TemplateLibrary(sources: sources, environment: testEnvironment())
            do {
                _ = try library.render("page.html", context: context)
                rendered += 1
            } catch {
                failed += 1
                #expect((error.location?.line ?? 0) >= 1, "every error names a file and line: \(error)")
            }
        }
        // Both outcomes must occur, or the generator is not exercising the engine.
        #expect(rendered > 100)
        #expect(failed > 100)
    }
}
