import Foundation
import Testing
@testable import Diagnostics

/// The catalogue holds every message once, in both languages, with the same placeholders, and every code the
/// sources use is in it (issue 14, localized diagnostics).
@Suite struct MessageCatalogTests {
    /// The package folder, found from this file.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyCodeHasAnEnglishAndAChineseText() {
        for (code, texts) in MessageCatalog.allEntries {
            #expect(!texts.en.isEmpty, "\(code) has no English text")
            // Chinese characters, or at least full-width punctuation for a text made of placeholders (`{what@}（{path}）`).
            let chinese = texts.zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
            #expect(chinese, "\(code) has no Chinese text")
        }
    }

    @Test func everyPlaceholderOfOneLanguageIsInTheOther() {
        for (code, texts) in MessageCatalog.allEntries {
            #expect(MessageTexts.placeholders(in: texts.en) == MessageTexts.placeholders(in: texts.zh), "\(code)")
        }
    }

    @Test func codesAreWellFormedAndUnique() {
        let codes = MessageCatalog.allEntries.map(\.code.rawValue)
        #expect(Set(codes).count == codes.count, "\(codes.filter { c in codes.filter { $0 == c }.count > 1 })")
        for code in codes {
            #expect(code.range(of: #"^[EWNHP]-[A-Z0-9]+(-[A-Z0-9]+)*$"#, options: .regularExpression) != nil, "\(code)")
        }
    }

    /// Every `"E-…"`, `"W-…"`, `"N-…"`, `"H-…"` or `"P-…"` literal in Sources/ names a catalogue entry, so a code
    /// mistyped at a call site (which would print as the bare code) fails here.
    @Test func everyCodeTheSourcesUseIsInTheCatalogue() throws {
        let sources = Self.packageRoot.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: sources.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".swift") }
        let pattern = try NSRegularExpression(pattern: #""([EWNHP]-[A-Z0-9]+(?:-[A-Z0-9]+)*)""#)
        var used: Set<String> = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { used.insert(String(text[range])) }
            }
        }
        #expect(used.count > 150)
        let known = Set(MessageCatalog.allEntries.map(\.code.rawValue))
        #expect(used.subtracting(known).sorted() == [])
    }

    @Test func argumentsAreSubstitutedOnceAndPluralsAndPhrasesFollowTheLanguage() {
        let late = ["shipped": "2025-11-03", "days": "2", "shipBy": "2025-11-01"]
        #expect(MessageCatalog.text("W-LATE-ORDER", late, in: .zhCN) == "订单 2025-11-03 发货，晚于最迟发货日 2025-11-01 2 天")
        #expect(MessageCatalog.text("W-LATE-ORDER", late, in: .en) == "order shipped on 2025-11-03, 2 days after its ship-by date 2025-11-01")
        #expect(MessageCatalog.text("W-LATE-ORDER", late.merging(["days": "1"]) { $1 }, in: .en)
                == "order shipped on 2025-11-03, 1 day after its ship-by date 2025-11-01")
        // An argument that looks like a placeholder is printed as written, never expanded again.
        #expect(MessageCatalog.text("E-UNKNOWN-SKU", ["id": "{id}{days#a|b}"], in: .en) == "unknown sku `{id}{days#a|b}`")
        #expect(MessageCatalog.text("W-UNKNOWN-KEY", ["key": "colour", "what": "P-ITEM"], in: .zhCN) == "明细行 中有未知的键 `colour`，已忽略")
        #expect(MessageCatalog.text("W-UNKNOWN-KEY", ["key": "x", "what": "`brand`"], in: .en) == "unknown key `x` in `brand`; ignored")
        #expect(MessageCatalog.text("E-NO-SUCH-CODE", ["b": "2", "a": "1"], in: .zhCN) == "E-NO-SUCH-CODE a=1 b=2")
        // A phrase naming the message itself stops expanding instead of looping.
        let looping = MessageCatalog.text("W-UNKNOWN-KEY", ["key": "k", "what": "W-UNKNOWN-KEY"], in: .en)
        #expect(looping.hasPrefix("unknown key `k` in unknown key `k` in "))
        #expect(looping.hasSuffix("; ignored; ignored; ignored; ignored"))
    }

    /// Braces that are not a placeholder of a given argument print as written, around Chinese text and at the ends.
    @Test(arguments: [
        ("{a}", "甲"), ("{a}{b}", "甲b"), ("“{a}”在{b}下", "“甲”在b下"), ("{", "{"), ("}", "}"), ("{}", "{}"), ("{a", "{a"),
        ("a}", "a}"), ("{{a}}", "{甲}"), ("{x}", "{x}"), ("{1a}", "{1a}"), ("{n#个|些}{n#one|many}", "个one"),
        ("前{a}后{", "前甲后{"), ("{w@}", "[P-X]"), ("", ""), ("无占位符", "无占位符"),
    ])
    func bracesThatAreNoPlaceholderPrintAsWritten(template: String, expected: String) {
        let arguments = ["a": "甲", "b": "b", "n": "1", "w": "P-X"]
        #expect(MessageTexts.render(template, arguments) { "[\($0)]" } == expected)
    }

    @Test func aDiagnosticPrintsItsTextInTheChosenLanguageKeepingSeverityWordsEnglish() {
        let d = Diagnostic.warning("W-NO-TRACKING", ["status": "shipped"], at: Location(path: "content/orders/O-1.md", line: 5))
            .noting("N-INCLUDED-FROM", at: Location(path: "templates/a.html", line: 2, column: 3))
        #expect(d.formatted(in: .zhCN) == "content/orders/O-1.md:5: warning: 订单状态为“已发货”，但没有运单号\n  templates/a.html:2:3: note: 从这里引入")
        #expect(d.description == "content/orders/O-1.md:5: warning: order is shipped but has no tracking number\n  templates/a.html:2:3: note: included from here")
    }

    @Test(arguments: [
        ("zh-CN", Language.zhCN), ("zh", .zhCN), ("ZH-cn", .zhCN), ("en", .en), ("EN", .en),
    ])
    func langOptionNamesALanguage(text: String, expected: Language) {
        #expect(Language(option: text) == expected)
    }

    @Test func unknownLangOptionIsRefused() {
        #expect(Language(option: "fr") == nil)
        #expect(Language(option: "") == nil)
    }

    @Test(arguments: [
        (["LANG": "zh_CN.UTF-8"], Language?.some(.zhCN)), (["LANG": "en_US.UTF-8"], .en), (["LANG": "C.UTF-8"], nil),
        (["LANG": "POSIX"], nil), ([:], nil), (["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US"], .zhCN),
        (["LC_MESSAGES": "en_GB", "LANG": "zh_CN"], .en),
    ])
    func environmentNamesALanguage(variables: [String: String], expected: Language?) {
        #expect(Language.fromEnvironment { variables[$0] } == expected)
    }
}
