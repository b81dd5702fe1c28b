import Diagnostics
import Foundation
import ShopModel
import Testing
import TemplateEngine
@testable import SiteBuilder

/// The UI-strings examples written in templates/THEME.md, rendered with the site's filters in both languages.
@Suite struct ThemeExamplesTests {
    /// The example lines of THEME.md: template, zh-CN result, en result.
    static func examples() -> [(String, String, String)] {
        let path = SiteFixture.repository + "/templates/THEME.md"
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let start = text.range(of: "<!-- examples:ui-strings -->\n```text\n") else { return [] }
        let block = text[start.upperBound...]
        let body = block[..<(block.range(of: "\n```")?.lowerBound ?? block.endIndex)]
        return body.split(separator: "\n").compactMap { line in
            let sides = line.components(separatedBy: "  ⇒  ")
            guard sides.count == 2 else { return nil }
            let results = sides[1].components(separatedBy: "  ‖  ")
            guard results.count == 2 else { return nil }
            return (sides[0], results[0].trimmingCharacters(in: .whitespaces), results[1].trimmingCharacters(in: .whitespaces))
        }
    }

    static func render(_ template: String, locale: SiteLocale) throws -> String {
        let folder = SiteFixture.temporaryFolder("theme-example")
        SiteFixture.write(["example.html": template], under: folder)
        var settings = SiteSettings(name: "测试", source: FieldLines(file: Location(path: "content/site.yaml")))
        settings.locale = locale
        let theme = try #require(BuiltinTheme.path())
        let strings = SiteStrings.load(locale: locale, theme: theme, shopPath: nil).strings
        let library = SiteTemplates.library(shopTemplates: folder, theme: theme, settings: settings, globals: ["t": TemplateValue.map(strings.map)])
        return try library.render("example.html", context: TemplateValue.map([:]))
    }

    @Test func theDocumentHasItsExamples() {
        #expect(Self.examples().count == 7)
    }

    @Test(arguments: ThemeExamplesTests.examples().map { [$0.0, $0.1, $0.2] })
    func documentedExample(_ example: [String]) throws {
        #expect(try Self.render(example[0], locale: .zhCN) == example[1])
        #expect(try Self.render(example[0], locale: .en) == example[2])
    }
}
