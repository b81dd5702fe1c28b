import Diagnostics
import Testing
@testable import TemplateEngine

/// Template errors carry a code and print in zh-CN as well as in English (issue 14).
@Suite struct LocalizedErrorTests {
    func renderFailure(_ source: String, _ context: TemplateValue = [:]) -> Diagnostic? {
        do {
            _ = try render(source, context)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}", "E-TEMPLATE-MACRO-ARITY",
         "templates/page.html:1:34: error: 宏 'm' 接受 1 个参数，实际给了 2 个",
         "templates/page.html:1:34: error: macro 'm' takes 1 argument, got 2"),
        ("{{ x.tiers[3] }}", "E-TEMPLATE-INDEX-RANGE-ITEMS",
         "templates/page.html:1:11: error: 索引 3 超出 'x.tiers' 的范围（它有 2 项）",
         "templates/page.html:1:11: error: index 3 is out of range for 'x.tiers', which has 2 items"),
        ("{% include \"missing.html\" %}", "E-TEMPLATE-NOT-FOUND-IN",
         "templates/page.html:1:12: error: 找不到模板 'missing.html'（已查找 templates/）",
         "templates/page.html:1:12: error: template 'missing.html' not found (looked in templates/)"),
    ] as [(String, String, String, String)])
    func printsInBothLanguages(source: String, code: String, zh: String, en: String) throws {
        let failure = try #require(renderFailure(source, ["x": ["tiers": [1, 2]]]))
        #expect(failure.code.rawValue == code)
        #expect(failure.formatted(in: .zhCN) == zh)
        #expect(failure.formatted(in: .en) == en)
    }

    @Test func aNoteUnderATemplateErrorIsTranslatedToo() throws {
        let failure = try #require(renderFailure("{% macro r(n) %}{{ r(n + 1) }}{% endmacro %}{{ r(0) }}"))
        #expect(failure.formatted(in: .zhCN).contains("templates/page.html:1:20: note: 在这里调用的宏 'r' 中"))
        #expect(failure.formatted(in: .zhCN).hasPrefix("templates/page.html:1:20: error: include、宏或 super() 调用的递归超过 64 层"))
    }
}
