import Testing
@testable import TemplateEngine

/// The examples written in each filter's `///` documentation, checked one by one.
@Suite struct FilterTests {
    @Test(arguments: [
        // escape, safe
        ("{{ \"<b>\" | escape }}", "&lt;b&gt;"),
        ("{{ \"<b>\" | escape | escape }}", "&lt;b&gt;"),
        ("{{ \"<b>x</b>\" | safe }}", "<b>x</b>"),
        // text
        ("{{ \"Abc 纯棉\" | upper }}", "ABC 纯棉"),
        ("{{ \"ABC\" | lower }}", "abc"),
        ("{{ \"hello world\" | capitalize }}", "Hello world"),
        ("{{ \"  a b  \" | trim }}", "a b"),
        ("{{ \"纯棉T恤批发\" | truncate(4) }}", "纯棉T恤…"),
        ("{{ \"abcdef\" | truncate(3, \"...\") }}", "abc..."),
        ("{{ \"abc\" | truncate(3) }}", "abc"),
        ("{{ \"a-b-c\" | replace(\"-\", \"/\") }}", "a/b/c"),
        ("{{ \"Cotton T-Shirt 纯棉 (50件)\" | slug }}", "cotton-t-shirt-纯棉-50件"),
        ("{{ \"--Hello, World!--\" | slug }}", "hello-world"),
        ("{{ \"a b/颜色\" | urlencode }}", "a%20b/%E9%A2%9C%E8%89%B2"),
        // collections
        ("{{ [1, 2, 3] | length }}", "3"),
        ("{{ \"纯棉\" | length }}", "2"),
        ("{{ [\"a\", \"<b>\"] | join(\", \") }}", "a, &lt;b&gt;"),
        ("{{ tiers | join(\", \", \"min\") }}", "50, 100"),
        ("{{ [3, 1, 2] | sort | join(\",\") }}", "1,2,3"),
        ("{{ tiers | sort(\"min\", true) | map(\"min\") | join(\",\") }}", "100,50"),
        ("{{ [\"b\", \"a\", \"C\"] | sort | join }}", "Cab"),
        ("{{ [1, 2, 3] | reverse | join(\",\") }}", "3,2,1"),
        ("{{ \"abc\" | reverse }}", "cba"),
        ("{{ [1, 2, 3, 4] | slice(1, 3) | join(\",\") }}", "2,3"),
        ("{{ [1, 2, 3, 4] | slice(-2) | join(\",\") }}", "3,4"),
        ("{{ [1, 2, 3] | first }}-{{ [1, 2, 3] | last }}", "1-3"),
        ("{{ [] | first }}", ""),
        ("{{ [1, 2.5] | sum }}", "3.5"),
        ("{{ tiers | sum(\"min\") }}", "150"),
        ("{{ tiers | map(\"min\") | join(\",\") }}", "50,100"),
        ("{{ {\"b\": 1, \"a\": 2} | keys | join(\",\") }}", "b,a"),
        // numbers
        ("{{ 2.345 | round(2) }}", "2.35"),
        ("{{ 2.5 | round }}", "3"),
        ("{{ -2.5 | round }}", "-3"),
        ("{{ rate | round(2) }}", "0.03"),
        ("{{ -3 | abs }}", "3"),
        ("{{ \"42\" | int }}", "42"),
        ("{{ 10015 | number }}", "10,015"),
        ("{{ -1234567 | number }}", "-1,234,567"),
        ("{{ 999 | number }}", "999"),
        ("{{ none | number }}", "—"),
        ("{{ 3.7 | int }}", "3"),
        ("{{ 1234.5 | money }}", "¥1,234.50"),
        ("{{ -3 | money }}", "-¥3.00"),
        ("{{ 0.005 | money }}", "¥0.01"),
        ("{{ 1234567.125 | money }}", "¥1,234,567.13"),
        ("{{ none | money }}", "—"),
        ("{{ 0.025 | percent }}", "2.5%"),
        ("{{ 0.0312 | percent }}", "3.1%"),
        ("{{ 1 | percent }}", "100.0%"),
        ("{{ 0.12345 | percent(2) }}", "12.35%"),
        ("{{ none | percent }}", "—"),
        ("{{ rate | percent }}", "3.1%"),
        ("{{ half | percent }}", "1.3%"),
        // formats
        ("{{ \"2025-11-30\" | date(\"%Y年%m月%d日\") }}", "2025年11月30日"),
        ("{{ \"2025-03-05\" | date(\"%Y/%-m/%-d\") }}", "2025/3/5"),
        ("{{ \"2025-03-05\" | date }}", "2025-03-05"),
        ("{{ none | date }}", "—"),
        ("{{ {\"a\": [1, 2.5, \"<x>\"]} | json }}", "{\"a\":[1,2.5,\"\\u003cx\\u003e\"]}"),
        ("{{ \"a&b'\" | json }}", "\"a\\u0026b\\u0027\""),
        ("{{ line_sep | json }}", "\"\\u2028\\u2029\""),
        ("{{ [none, true, rate] | json }}", "[null,true,0.0312]"),
        // host filter
        ("{{ \"**hi**\" | markdown }}", "<p>**hi**</p>"),
    ] as [(String, String)])
    func documentedExample(template: String, expected: String) throws {
        let context: TemplateValue = [
            "tiers": [["min": 50, "price": .decimal(180_000)], ["min": 100, "price": .decimal(150_000)]],
            "rate": .double(0.0312), "half": .double(0.0125), "line_sep": "\u{2028}\u{2029}",
        ]
        #expect(try render(template, context) == expected)
    }

    @Test func moneyUsesTheEnvironmentsCurrencySymbol() throws {
        var environment = TemplateEnvironment(currencySymbol: "US$")
        environment.globals["amount"] = .decimal(-12_345_678)
        let library = TemplateLibrary(sources: ["t.html": "{{ amount | money }}"], environment: environment)
        #expect(try library.render("t.html", context: [:]) == "-US$1,234.57")
    }

    @Test func hostFiltersReceiveArgumentsAndTheirErrorsArePositioned() {
        var environment = TemplateEnvironment()
        environment.register(filter: "repeat") { value, arguments in
            guard case .int(let n) = arguments.first ?? .null, n >= 0 else { throw TemplateFilterError("needs a count") }
            return .string(String(repeating: value.text ?? "", count: n))
        }
        let library = TemplateLibrary(sources: ["t.html": "{{ \"ab\" | repeat(2) }}", "bad.html": "x\n  {{ \"ab\" | repeat }}"], environment: environment)
        #expect((try? library.render("t.html", context: [:])) == "abab")
        #expect(throws: (any Error).self) { try library.render("bad.html", context: [:]) }
        do { _ = try library.render("bad.html", context: [:]) } catch {
            #expect(error.description == "bad.html:2:13: error: filter 'repeat': needs a count")
        }
    }
}
