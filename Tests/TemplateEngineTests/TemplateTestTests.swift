import Testing
@testable import TemplateEngine

/// The tests after `is`, named once in `TemplateTest`: every name parses, and each test answers as documented.
@Suite struct TemplateTestTests {
    @Test func everyTestIsFoundByItsNameAndEveryAliasByItsOwn() {
        for test in TemplateTest.allCases { #expect(TemplateTest(name: test.rawValue) == test) }
        #expect(TemplateTest(name: "null") == TemplateTest.none)
        #expect(TemplateTest(name: "sequence") == .iterable)
        #expect(TemplateTest(name: "fancy") == nil)
        #expect(TemplateTest.names == ["defined", "divisibleby", "empty", "even", "false", "iterable", "mapping", "none",
                                       "null", "number", "odd", "sequence", "string", "true", "undefined"])
    }

    @Test(arguments: [
        ("{{ x is defined }}|{{ nope is defined }}|{{ nope.deep is undefined }}", "true|false|true"),
        ("{{ n is none }}|{{ n is null }}|{{ x is none }}", "true|true|false"),
        ("{{ x is number }}|{{ 1.5 is number }}|{{ s is number }}", "true|true|false"),
        ("{{ s is string }}|{{ x is string }}", "true|false"),
        ("{{ m is mapping }}|{{ l is mapping }}", "true|false"),
        ("{{ l is iterable }}|{{ s is sequence }}|{{ m is iterable }}|{{ x is iterable }}", "true|true|true|false"),
        ("{{ x is odd }}|{{ x is even }}|{{ x is divisibleby(3) }}|{{ x is not divisibleby(2) }}", "true|false|true|true"),
        ("{{ e is empty }}|{{ l is empty }}|{{ \"\" is empty }}", "true|false|true"),
        ("{{ t is true }}|{{ t is false }}|{{ 1 is true }}|{{ f is false }}", "true|false|false|true"),
    ] as [(String, String)])
    func eachTestAnswersAsDocumented(template: String, expected: String) throws {
        let context: TemplateValue = ["x": 3, "n": .null, "s": "text", "m": ["a": 1], "l": [1, 2], "e": [], "t": true, "f": false]
        #expect(try render(template, context) == expected)
    }

    @Test func integerTestsNameThemselvesWhenGivenSomethingElse() {
        #expect(renderError("{{ \"a\" is odd }}").contains("'odd' needs an integer, not a string"))
        #expect(renderError("{{ 4 is divisibleby(0) }}").contains("'divisibleby' needs a non-zero integer argument"))
    }
}
