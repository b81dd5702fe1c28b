import Foundation
import Testing
@testable import Diagnostics

/// docs/diagnostics.md lists every code of the catalogue with both texts; this test regenerates it and compares.
/// Run with `SHOPSITE_WRITE_DOCS=1` to rewrite the file after changing the catalogue.
@Suite struct DiagnosticsDocTests {
    static let docPath = MessageCatalogTests.packageRoot.appendingPathComponent("docs/diagnostics.md")

    /// The document, generated from the catalogue.
    static func markdown() -> String {
        var text = """
            # Diagnostic codes

            Every message `shopsite` prints has a stable code. `check --format json` gives it as `code`; the text is
            printed in the language of `--lang`, else of site.yaml's `locale` (zh-CN by default). `{name}` is a
            value filled in when printed; `{name@}` is a phrase of the table below (`P-…`) in the same language;
            `{n#one|other}` is an English plural. The catalogue is `Sources/Diagnostics/Messages/`; this file is
            generated from it by `DiagnosticsDocTests` (`SHOPSITE_WRITE_DOCS=1 swift test --filter DiagnosticsDocTests`).

            """
        let sections: [(String, String)] = [("E", "Errors"), ("W", "Warnings"), ("N", "Notes"),
                                            ("P", "Phrases (used inside other messages)"), ("H", "Summaries and help")]
        for (prefix, title) in sections {
            text += "\n## \(title)\n\n| Code | English | 中文 |\n|---|---|---|\n"
            for (code, texts) in MessageCatalog.allEntries.sorted(by: { $0.code < $1.code }) where code.rawValue.hasPrefix(prefix + "-") {
                let isHelp = texts.en.contains("\n")
                let en = isHelp ? "(`shopsite … --help` text)" : cell(texts.en)
                let zh = isHelp ? "（`shopsite … --help` 的说明）" : cell(texts.zh)
                text += "| `\(code)` | \(en) | \(zh) |\n"
            }
        }
        return text
    }

    private static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|")
    }

    @Test func docListsEveryCodeWithBothTexts() throws {
        let expected = Self.markdown()
        if ProcessInfo.processInfo.environment["SHOPSITE_WRITE_DOCS"] == "1" {
            try FileManager.default.createDirectory(at: Self.docPath.deletingLastPathComponent(), withIntermediateDirectories: true)
            try expected.write(to: Self.docPath, atomically: true, encoding: .utf8)
        }
        let written = try String(contentsOf: Self.docPath, encoding: .utf8)
        #expect(written == expected, "docs/diagnostics.md is out of date: run SHOPSITE_WRITE_DOCS=1 swift test --filter DiagnosticsDocTests")
        for (code, _) in MessageCatalog.allEntries { #expect(written.contains("| `\(code)` |")) }
    }
}
