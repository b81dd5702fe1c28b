import Diagnostics
import Foundation
import Testing
@testable import SiteBuilder

/// The example shop built in each locale, every page's text scanned: no English UI text in zh-CN and no Chinese UI text
/// in en. Text that comes from the content (titles, names, SKUs, regions, file paths) is told apart by collecting the
/// content's own strings: its files with the front-matter keys and the coded values (status, type) taken out, since a
/// raw `completed` or `lead_time_days` on a page is exactly the leftover this looks for.
@Suite struct LocaleLeftoverTests {
    /// English words a zh-CN page may show on purpose: the file format of the download links, the bilingual title and
    /// stamp of the quote sheet (报价单 / QUOTATION, 已过期 / EXPIRED, 发货单 / DELIVERY NOTE), and the generator's name.
    static let allowedEnglish: Set<String> = ["CSV", "QUOTATION", "EXPIRED", "DELIVERY", "NOTE", "shopsite"]
    /// Front-matter keys whose values are codes, not the merchant's words.
    static let codedKeys: Set<String> = ["status", "type", "locale", "currency", "tier"]

    static func build(locale: String) throws -> (shop: String, output: String, outcome: BuildOutcome) {
        let shop = SiteFixture.temporaryFolder("locale-" + locale)
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        let site = try String(contentsOfFile: shop + "/content/site.yaml", encoding: .utf8)
        let lines = site.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasPrefix("locale:") ? "locale: \(locale)" : String($0) }
        SiteFixture.write(["content/site.yaml": lines.joined(separator: "\n")], under: shop)
        let output = SiteFixture.temporaryFolder("out") + "/public"
        return (shop, output, SiteBuild.run(BuildOptions(shopPath: shop, outputPath: output)))
    }

    /// The content's own text: every file under content/, each field name (`lead_time_days:`) removed and the lines of
    /// coded keys dropped; keys the merchant wrote in Chinese (`specs: { 工艺: … }`) are content and stay.
    static func corpus(_ shop: String) throws -> String {
        var text = ""
        let folder = shop + "/content"
        for file in try #require(FileManager.default.subpaths(atPath: folder)).sorted() {
            guard let data = FileManager.default.contents(atPath: folder + "/" + file) else { continue }
            for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
                let trimmed = line.drop { $0 == " " || $0 == "-" }
                if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) {
                    if codedKeys.contains(String(trimmed[..<colon])) { continue }
                    text += trimmed[trimmed.index(after: colon)...] + "\n"
                } else {
                    text += line + "\n"
                }
            }
        }
        return text
    }

    /// The text a reader sees on a page: text nodes outside script and style, and the aria-label, title, placeholder
    /// and alt attributes; entities decoded, `code` spans and paths (anything with a `/`) left out.
    static func visibleText(_ html: String) -> [String] {
        let html = html.replacing(/(?s)<script[^>]*>.*?<\/script>/, with: " ").replacing(/(?s)<style[^>]*>.*?<\/style>/, with: " ")
        var pieces: [String] = []
        for match in html.matches(of: #/(?:aria-label|title|placeholder|alt)="([^"]*)"/#) { pieces.append(String(match.output.1)) }
        pieces += html.split(separator: /<[^>]*>/).map(String.init)
        return pieces.map { piece in
            var text = piece.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
                .replacingOccurrences(of: "&amp;", with: "&")
            text = text.replacing(/`[^`]*`/, with: " ").replacing(/\S*\/\S*/, with: " ")
            return text
        }.filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }

    /// Each page and what in it is not the content's: English words (zh-CN) or runs of Chinese (en).
    static func leftovers(output: String, corpus: String, english: Bool) -> [String] {
        var found: [String] = []
        for (path, bytes) in SiteFixture.files(in: output).sorted(by: { $0.key < $1.key }) where path.hasSuffix(".html") {
            for text in visibleText(String(decoding: bytes, as: UTF8.self)) {
                let words = english ? text.matches(of: /[\p{Han}\u{3000}-\u{303F}\u{FF00}-\u{FFEF}]+/).map { String($0.output) }
                    : text.matches(of: /[A-Za-z][A-Za-z_]+/).map { String($0.output) }
                for word in words where !corpus.contains(word) && !(allowedEnglish.contains(word) && !english) {
                    found.append("\(path): \(word) in “\(text.trimmingCharacters(in: .whitespacesAndNewlines).prefix(80))”")
                }
            }
        }
        return found
    }

    @Test func zhCNPagesHaveNoEnglishUIText() throws {
        let built = try Self.build(locale: "zh-CN")
        #expect(built.outcome.exitCode == 0)
        let corpus = try Self.corpus(built.shop)
        #expect(!corpus.contains("completed") && corpus.contains("佛山"))
        #expect(Self.leftovers(output: built.output, corpus: corpus, english: false) == [])
        // Every diagnostic the build prints is Chinese (paths and field names in backticks aside).
        for diagnostic in built.outcome.diagnostics.items {
            let text = MessageCatalog.text(diagnostic.code, diagnostic.arguments, in: .zhCN)
            #expect(text.contains(/\p{Han}/), "\(text)")
            #expect(text.replacing(/`[^`]*`/, with: "").matches(of: /[a-z]{3,}/).map { String($0.output) }.filter { !corpus.contains($0) } == [],
                    "\(text)")
        }
    }

    @Test func enPagesHaveNoChineseUIText() throws {
        let built = try Self.build(locale: "en")
        #expect(built.outcome.exitCode == 0)
        let corpus = try Self.corpus(built.shop)
        #expect(Self.leftovers(output: built.output, corpus: corpus, english: true) == [])
        #expect(SiteFixture.text(built.output, "index.html").contains("Figures as of 30 Nov 2025"))
    }

    @Test func theScanFindsALeftover() {
        let folder = SiteFixture.write(["a.html": "<p title=\"Orders\">订单 <code>`moq`</code> 佛山</p><script>var x = 'Hidden';</script>"],
                                       under: SiteFixture.temporaryFolder("scan"))
        #expect(Self.leftovers(output: folder, corpus: "佛山", english: false) == ["a.html: Orders in “Orders”"])
        #expect(Self.leftovers(output: folder, corpus: "佛山", english: true) == ["a.html: 订单 in “订单”"])
    }
}
