import Diagnostics
import Testing
@testable import TemplateEngine

/// Templates whose output or work grows exponentially stop with an error at the template line they reached, instead
/// of allocating until the process aborts or running for ever.
@Suite struct TemplateBudgetTests {
    /// Renders `page.html` holding `source` under `limits`; the first line of the error, or "no error: <output>".
    static func firstLine(_ source: String, limits: RenderLimits, context: TemplateValue = [:]) -> String {
        var environment = testEnvironment()
        environment.limits = limits
        let library = TemplateLibrary(sources: ["page.html": source], environment: environment, displayPrefix: "templates/")
        do {
            return "no error: " + (try library.render("page.html", context: context)).prefix(100)
        } catch {
            return error.description.split(separator: "\n").first.map(String.init) ?? ""
        }
    }

    static let exponential = "{% macro e(n) %}{% if n > 0 %}{{ e(n - 1) }}{{ e(n - 1) }}{% endif %}{% endmacro %}{{ e(60) }}"
    static let doubling = "{% macro d(s, n) %}{% if n > 0 %}{{ d(s ~ s, n - 1) }}{% else %}{{ s }}{% endif %}{% endmacro %}{{ d(\"x\", 62) }}"

    /// With the limits of a real build: 2^60 calls, and a text doubled 62 times.
    @Test func exponentialMacroFailsFastWithTheBuildLimits() {
        #expect(Self.firstLine(Self.exponential, limits: RenderLimits()) ==
                "templates/page.html:1:38: error: rendering takes more than 5000000 steps; a loop or recursive macro does too much work for one page")
    }

    @Test func doublingMacroFailsFastWithTheBuildLimits() {
        #expect(Self.firstLine(Self.doubling, limits: RenderLimits()) ==
                "templates/page.html:1:41: error: text larger than 128 MB; a loop or macro builds too long a text")
    }

    static let small = RenderLimits(maximumBytes: 1 << 20, maximumSteps: 100_000)
    static let big = String(repeating: "x", count: 200_000)
    static let doublingSets = "{% set s = \"x\" %}\n" + String(repeating: "{% set s = s + s %}\n", count: 40) + "{{ s }}"
    static let doublingLists = "{% set l = [1] %}\n" + String(repeating: "{% set l = l + l %}\n", count: 40)
    static let longTextInALoop = "{% for i in range(2000) %}" + String(repeating: "y", count: 1024) + "{% endfor %}"

    @Test(arguments: [
        (exponential, "templates/page.html:1:34: error: rendering takes more than 100000 steps; a loop or recursive macro does too much work for one page"),
        (doubling, "templates/page.html:1:41: error: text larger than 1 MB; a loop or macro builds too long a text"),
        (doublingSets,
         "templates/page.html:22:14: error: text larger than 1 MB; a loop or macro builds too long a text"),
        (doublingLists,
         "templates/page.html:17:14: error: rendering takes more than 100000 steps; a loop or recursive macro does too much work for one page"),
        ("{% for i in range(1000) %}{% for j in range(1000) %}{% endfor %}{% endfor %}",
         "templates/page.html:1:39: error: rendering takes more than 100000 steps; a loop or recursive macro does too much work for one page"),
        (longTextInALoop,
         "templates/page.html:1:1: error: output larger than 1 MB; a loop or macro writes too much for one page"),
        ("{% macro d(n) %}{% if n == 0 %}xxxxxxxx{% else %}{% set s %}{{ d(n - 1) }}{% endset %}{{ s }}{{ s }}{% endif %}{% endmacro %}{{ d(60) }}",
         "templates/page.html:1:94: error: output larger than 1 MB; a loop or macro writes too much for one page"),
        ("{{ big | replace(\"x\", big) }}", "templates/page.html:1:10: error: filter 'replace': the result would be larger than 1 MB"),
        ("{{ [big, big, big, big, big, big] | join(\",\") }}", "templates/page.html:1:37: error: filter 'join': the result would be larger than 1 MB"),
        ("{{ [big, big, big, big, big, big] | json }}", "templates/page.html:1:37: error: filter 'json': the result would be larger than 1 MB"),
        ("{{ big ~ big ~ big ~ big ~ big ~ big }}", "templates/page.html:1:32: error: text larger than 1 MB; a loop or macro builds too long a text"),
        ("{% for i in range(1000) %}{{ big | length }}{% endfor %}",
         "templates/page.html:1:36: error: rendering takes more than 100000 steps; a loop or recursive macro does too much work for one page"),
    ])
    func growingTemplatesStopAtTheirLine(source: String, message: String) {
        #expect(Self.firstLine(source, limits: Self.small, context: ["big": .string(Self.big)]) == message)
    }

    /// Right under the limits everything renders, byte for byte.
    @Test func pagesWithinTheLimitsRender() {
        let source = "{% set s = \"x\" %}" + String(repeating: "{% set s = s ~ s %}", count: 20) + "{{ s | length }}"
        #expect(Self.firstLine(source, limits: Self.small) == "no error: 1048576")
        let page = "{% for i in range(1000) %}" + String(repeating: "y", count: 1000) + "{% endfor %}"
        #expect(Self.firstLine(page, limits: Self.small).count == "no error: ".count + 100)
        #expect(Self.firstLine("{{ big | replace(\"x\", \"yy\") | length }}", limits: Self.small, context: ["big": .string(Self.big)])
                == "no error: 400000")
    }
}
