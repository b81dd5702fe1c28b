import Diagnostics
import Testing
@testable import TemplateEngine

/// A template render error reads in the reader's language, detail included: unknown names, values an operator or a
/// filter cannot take, filter arguments (they used to stay English after "模板渲染出错：" and "过滤器 'x'："). The
/// English text is what it always was.
@Suite struct RenderErrorLanguageTests {
    static let context: TemplateValue = ["product": ["sku": "HD-T001", "price": 12], "tags": ["批发", "现货"], "n": 3]

    /// Source ⇒ code, zh-CN line, en line (all at templates/page.html).
    @Test(arguments: [
        ("{{ prodct.sku }}", "E-TEMPLATE-RENDER", "1:4: error: 模板渲染出错：未知的变量 'prodct'；是不是要写 'product'？",
         "1:4: error: unknown variable 'prodct'; did you mean 'product'?"),
        ("{{ zzzzzz }}", "E-TEMPLATE-RENDER", "1:4: error: 模板渲染出错：未知的变量 'zzzzzz'", "1:4: error: unknown variable 'zzzzzz'"),
        ("{{ product.pric }}", "E-TEMPLATE-RENDER",
         "1:12: error: 模板渲染出错：'product' 没有键 'pric'；是不是要写 'price'？（如果它可能缺失，请使用 '| default(…)' 或 'is defined'）",
         "1:12: error: 'product' has no key 'pric'; did you mean 'price'? (use '| default(…)' or 'is defined' if it may be missing)"),
        ("{{ product.zzzzzz }}", "E-TEMPLATE-RENDER",
         "1:12: error: 模板渲染出错：'product' 没有键 'zzzzzz'（如果它可能缺失，请使用 '| default(…)' 或 'is defined'）",
         "1:12: error: 'product' has no key 'zzzzzz' (use '| default(…)' or 'is defined' if it may be missing)"),
        ("{{ n.size }}", "E-TEMPLATE-NO-MEMBER", "1:6: error: 'n' 是整数，没有成员 'size'",
         "1:6: error: 'n' is an integer, which has no member 'size'"),
        ("{% set h %}<b>{% endset %}{{ h.size }}", "E-TEMPLATE-NO-MEMBER", "1:32: error: 'h' 是安全字符串（HTML），没有成员 'size'",
         "1:32: error: 'h' is a safe string, which has no member 'size'"),
        ("{{ -tags }}", "E-TEMPLATE-NEGATE", "1:4: error: 不能对列表取负", "1:4: error: cannot negate a list"),
        ("{{ zzmacro() }}", "E-TEMPLATE-RENDER", "1:4: error: 模板渲染出错：未知的宏 'zzmacro'", "1:4: error: unknown macro 'zzmacro'"),
        ("{{ n() }}", "E-TEMPLATE-RENDER", "1:4: error: 模板渲染出错：'n' 是变量，不是宏", "1:4: error: 'n' is a variable, not a macro"),
        ("{{ n < \"a\" }}", "E-TEMPLATE-RENDER", "1:6: error: 模板渲染出错：不能比较整数和字符串",
         "1:6: error: cannot compare an integer with a string"),
        ("{{ n - \"a\" }}", "E-TEMPLATE-RENDER", "1:6: error: 模板渲染出错：不能对整数和字符串使用 '-'",
         "1:6: error: cannot apply '-' to an integer and a string"),
        ("{{ n / 0 }}", "E-TEMPLATE-RENDER", "1:6: error: 模板渲染出错：除数为零", "1:6: error: division by zero"),
        ("{{ 1 in n }}", "E-TEMPLATE-RENDER", "1:6: error: 模板渲染出错：不能对整数使用 'in'", "1:6: error: cannot use 'in' with an integer"),
        ("{{ n | join(\",\") }}", "E-TEMPLATE-FILTER", "1:8: error: 过滤器 'join'：应为列表，而不是整数",
         "1:8: error: filter 'join': expects a list, not an integer"),
        ("{{ tags | join(tags) }}", "E-TEMPLATE-FILTER", "1:11: error: 过滤器 'join'：第 1 个参数必须是字符串，而不是列表",
         "1:11: error: filter 'join': argument 1 must be a string, not a list"),
        ("{{ \"x\" | round(9) }}", "E-TEMPLATE-FILTER", "1:10: error: 过滤器 'round'：小数位数必须在 0 到 4 之间",
         "1:10: error: filter 'round': places must be between 0 and 4"),
        ("{{ \"2025-13-45\" | date(\"%Y\") }}", "E-TEMPLATE-FILTER",
         "1:19: error: 过滤器 'date'：应为 YYYY-MM-DD 格式的日期，而不是 '2025-13-45'",
         "1:19: error: filter 'date': expects a date written YYYY-MM-DD, not '2025-13-45'"),
        ("{{ \"x\" | replace(\"\", \"y\") }}", "E-TEMPLATE-FILTER", "1:10: error: 过滤器 'replace'：要替换的文本为空",
         "1:10: error: filter 'replace': the text to replace is empty"),
    ] as [(String, String, String, String)])
    func theDetailIsInTheReadersLanguage(source: String, code: String, zh: String, en: String) throws {
        let failure: Diagnostic
        do {
            let output = try render(source, Self.context)
            Issue.record("no error: \(output)")
            return
        } catch {
            failure = error
        }
        #expect(failure.code.rawValue == code)
        #expect(failure.formatted(in: .zhCN) == "templates/page.html:" + zh)
        #expect(failure.formatted(in: .en) == "templates/page.html:" + en)
    }

    /// Every render phrase has both texts and names the same placeholders in each (the catalogue test checks all
    /// entries; this pins that the phrases are there at all).
    @Test func thePhrasesAreInTheCatalogue() {
        let phrases = MessageCatalog.allEntries.filter { $0.code.rawValue.hasPrefix("P-TEMPLATE-") }.map(\.code.rawValue)
        for code in ["P-TEMPLATE-UNKNOWN-VARIABLE", "P-TEMPLATE-NO-KEY-GUESS", "P-TEMPLATE-CANNOT-COMPARE", "P-TEMPLATE-EXPECTS-LIST",
                     "P-TEMPLATE-ARGUMENT-STRING", "P-TEMPLATE-THE-VALUE"] {
            #expect(phrases.contains(code), "\(code) missing")
        }
    }

    /// A filter of the host that throws plain text (not a phrase) still prints it as written.
    @Test func aPlainTextFilterErrorPrintsAsWritten() throws {
        var environment = testEnvironment()
        environment.register(filter: "shout") { _, _ in throw TemplateFilterError("needs a louder voice") }
        let library = TemplateLibrary(sources: ["page.html": "{{ 1 | shout }}"], environment: environment, displayPrefix: "templates/")
        #expect(throws: Diagnostic.self) { try library.render("page.html", context: [:]) }
        do {
            _ = try library.render("page.html", context: [:])
        } catch {
            #expect(error.formatted(in: .zhCN) == "templates/page.html:1:8: error: 过滤器 'shout'：needs a louder voice")
        }
    }
}
