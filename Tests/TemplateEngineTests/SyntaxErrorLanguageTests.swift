import Diagnostics
import Testing
@testable import TemplateEngine

/// A template syntax error reads in the reader's language, detail included (it used to be English after
/// "模板语法错误："), and the English text is what it always was.
@Suite struct SyntaxErrorLanguageTests {
    @Test(arguments: [
        ("{{ oops", "a.html:1:1: error: 模板语法错误：标签没有结束：'{{' 之后缺少 '}}'",
         "a.html:1:1: error: unterminated tag: '{{' is never closed by '}}'"),
        ("x {# open", "a.html:1:3: error: 模板语法错误：注释没有结束：'{#' 之后缺少 '#}'",
         "a.html:1:3: error: unterminated comment: '{#' is never closed by '#}'"),
        ("{% if %}", "a.html:1:7: error: 模板语法错误：应为表达式，实际是 '%}'", "a.html:1:7: error: expected an expression, found '%}'"),
        ("{% if x %}", "a.html:1:1: error: 模板语法错误：这里开始的 'if' 没有结束：模板结束前缺少 '{% endif %}'",
         "a.html:1:1: error: 'if' opened here is never closed: expected '{% endif %}' before the end of the template"),
        ("{% frob %}", "a.html:1:4: error: 模板语法错误：未知的标签 'frob'；应为 if、for、set、block、extends、include、macro、import、from、raw 之一",
         "a.html:1:4: error: unknown tag 'frob'; expected one of if, for, set, block, extends, include, macro, import, from, raw"),
        ("{% for x y %}", "a.html:1:10: error: 模板语法错误：循环变量之后应为 'in'，实际是 'y'",
         "a.html:1:10: error: expected 'in' after the loop variable, found 'y'"),
        ("{% for 1 in x %}", "a.html:1:8: error: 模板语法错误：应为：'for' 之后的循环变量；实际是 数字 1",
         "a.html:1:8: error: expected a loop variable after 'for', found number 1"),
        ("{% if x \"s\" %}", "a.html:1:9: error: 模板语法错误：'if' 的条件之后应为 '%}'，实际是 字符串 \"s\"",
         "a.html:1:9: error: expected '%}' after the 'if' condition, found string \"s\""),
        ("{% if x %}{% endif x %}", "a.html:1:20: error: 模板语法错误：'endif' 标签之后应为 '%}'，实际是 'x'",
         "a.html:1:20: error: expected '%}' after 'endif', found 'x'"),
        ("{{ x | upperr }}", "a.html:1:8: error: 模板语法错误：未知的过滤器 'upperr'；是不是要写 'upper'？",
         "a.html:1:8: error: unknown filter 'upperr'; did you mean 'upper'?"),
        ("{% include \"../x.html\" %}", "a.html:1:12: error: 模板语法错误：模板名称 '../x.html' 超出了模板文件夹（不允许 '..'）",
         "a.html:1:12: error: template name '../x.html' leaves the templates folder ('..' is not allowed)"),
        ("{{ x. }}", "a.html:1:7: error: 模板语法错误：'.' 之后应为成员名，实际是 '}}'",
         "a.html:1:7: error: expected a member name after '.', found '}}'"),
    ] as [(String, String, String)])
    func theDetailIsInTheReadersLanguage(source: String, zh: String, en: String) throws {
        let library = TemplateLibrary(sources: ["a.html": source], environment: testEnvironment())
        let diagnostic = try #require(library.diagnostics.items.first)
        #expect(diagnostic.code == "E-TEMPLATE-SYNTAX")
        #expect(diagnostic.formatted(in: .zhCN) == zh)
        #expect(diagnostic.formatted(in: .en) == en)
    }
}
