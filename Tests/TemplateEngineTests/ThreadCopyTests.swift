import Diagnostics
import Testing
@testable import TemplateEngine

/// A render thread's copy of a library renders every page byte for byte as the library it was made from, errors
/// included, from templates of its own.
@Suite struct ThreadCopyTests {
    /// The pages of `SpecializationTests` (folded and unfolded outputs, conditions, loops, sets, blocks, macros,
    /// includes and errors), each rendered at three depths.
    @Test(arguments: SpecializationTests.pages)
    func copyRendersTheSameBytes(_ source: String) {
        let (plain, folded) = SpecializationTests.libraries(source, files: SpecializationTests.files)
        let byDepth = plain.specialized(constants: ["site", "t"], varying: "root")
        for library in [plain, folded, byDepth] {
            let copy = library.threadCopy()
            for root in ["", "../", "../../"] {
                let context: TemplateValue = ["root": .string(root), "order": ["id": "SO-1001", "count": 3]]
                #expect(SpecializationTests.outcome(copy, context) == SpecializationTests.outcome(library, context), "root \(root)")
            }
        }
    }

    /// The copy parses its own templates and specialises on the same constants and page variable.
    @Test func copyOwnsItsTemplates() throws {
        let (plain, _) = SpecializationTests.libraries("{{ t.total }}{{ order.id }}", files: SpecializationTests.files)
        let byDepth = plain.specialized(constants: ["site", "t"], varying: "root")
        let copy = byDepth.threadCopy()
        #expect(copy.foldedConstants == ["site", "t"])
        #expect(copy.varyingName == "root")
        #expect(copy.templateNames == byDepth.templateNames)
        for name in ["page.html", "base.html", "macros.html"] {
            let original = try #require(byDepth.templates[name]), own = try #require(copy.templates[name])
            #expect(original !== own, "\(name) is shared")
        }
        let unspecialized = try #require(copy.unspecialized)
        #expect(unspecialized !== plain)
        #expect(unspecialized.unspecialized == nil)
    }

    /// A library with a broken template copies it as broken, with the same message.
    @Test func brokenTemplateStaysBroken() {
        let library = TemplateLibrary(sources: ["page.html": "{% if x %}", "ok.html": "fine"], environment: testEnvironment(),
                                      displayPrefix: "templates/")
        let copy = library.threadCopy()
        #expect(copy.diagnostics.items.map(\.description) == library.diagnostics.items.map(\.description))
        #expect(SpecializationTests.outcome(copy, [:]) == SpecializationTests.outcome(library, [:]))
        #expect(SpecializationTests.outcome(copy, [:]).hasPrefix("error: "))
        #expect((try? copy.render("ok.html", context: [:])) == "fine")
    }
}
