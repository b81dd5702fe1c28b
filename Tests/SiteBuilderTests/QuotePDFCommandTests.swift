import Foundation
@testable import SiteBuilder
import Testing

/// `shopsite pdf` on a copy of the example shop: a rerun prints exactly the sheets an edit reaches (a product the quote
/// names, site.yaml, the as-of date, the theme), never one it does not reach, and nothing at all when nothing changed.
@Suite(.serialized, .enabled(if: Browser.available, "chromium, pdfinfo or pdftotext not installed: browser tests skipped"))
struct QuotePDFCommandTests {
    /// An edit to the shop and whether it must print Q-2025-0101 again.
    enum Edit: String, CaseIterable, Sendable {
        case nothing, namedProduct, otherProduct, siteName, asOf, theme, siteComment

        /// Whether Q-2025-0101's printed sheet changes.
        var reprints: Bool { ![.nothing, .otherProduct, .siteComment].contains(self) }

        /// Applies the edit to the shop at `shop`.
        func apply(to shop: String) throws {
            func replace(_ file: String, _ old: String, _ new: String) throws {
                let path = shop + "/content/" + file
                let text = try String(contentsOfFile: path, encoding: .utf8)
                #expect(text.contains(old), "\(file) has no \(old)")
                try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
            }
            switch self {
            case .nothing: break
            case .namedProduct: try replace("products/YX-L102.md", "拉丝金", "拉丝香槟金")
            case .otherProduct: try replace("products/YX-S101.md", "10盒起批", "12盒起批")
            case .siteName: try replace("site.yaml", "name: 宁波甬信五金有限公司", "name: 宁波甬信五金制品有限公司")
            case .asOf: try replace("site.yaml", "as_of: 2025-11-30", "as_of: 2025-12-01")
            case .siteComment: try replace("site.yaml", "as_of: 2025-11-30", "as_of: 2025-11-30  # 月底盘点")
            case .theme:
                let css = try String(contentsOfFile: SiteFixture.repository + "/templates/assets/theme.css", encoding: .utf8)
                try FileManager.default.createDirectory(atPath: shop + "/templates/assets", withIntermediateDirectories: true)
                try (css + "\n.quote-foot { color: #6b7280; }\n").write(toFile: shop + "/templates/assets/theme.css", atomically: true, encoding: .utf8)
            }
        }
    }

    /// A fresh copy of the example shop.
    static func shop(_ name: String) throws -> String {
        let shop = SiteFixture.temporaryFolder(name)
        try FileManager.default.copyItem(atPath: SiteFixture.repository + "/content", toPath: shop + "/content")
        return shop
    }

    @Test(arguments: Edit.allCases)
    func rerunPrintsOnlyWhatTheEditReaches(edit: Edit) throws {
        let shop = try Self.shop("pdf-edit-" + edit.rawValue)
        let first = QuotePDFs.command(arguments: [shop, "Q-2025-0101"], output: nil)
        #expect(first.exitCode == 0 && first.stdout.contains("已打印 1 份"), "\(first.stdout)\(first.stderr)")
        let pdf = shop + "/pdf/Q-2025-0101.pdf"
        let before = try String(contentsOfFile: pdf + ".hash", encoding: .utf8)
        try edit.apply(to: shop)
        let again = QuotePDFs.command(arguments: [shop, "Q-2025-0101"], output: nil)
        let expected = edit.reprints ? "已打印 1 份报价单 PDF 到 \(shop)/pdf；0 份未变" : "已打印 0 份报价单 PDF 到 \(shop)/pdf；1 份未变"
        #expect(again.exitCode == 0 && again.stdout == expected + "\n", "\(edit): \(again.stdout)\(again.stderr)")
        let after = try String(contentsOfFile: pdf + ".hash", encoding: .utf8)
        #expect((before != after) == edit.reprints, "\(edit): the hash beside the PDF")
        if edit == .namedProduct {
            #expect(QuoteSheetBrowserTests.pages(pdf).joined().contains("拉丝香槟金"))
        }
    }

    /// A PDF removed since the last run is printed again even though no input changed; a stamp left by a run that
    /// asked for other quotes does not count.
    @Test func missingPDFIsPrintedAgain() throws {
        let shop = try Self.shop("pdf-missing")
        _ = QuotePDFs.command(arguments: [shop, "Q-2025-0101", "Q-2025-0095"], output: nil)
        try FileManager.default.removeItem(atPath: shop + "/pdf/Q-2025-0095.pdf")
        let again = QuotePDFs.command(arguments: [shop, "Q-2025-0101", "Q-2025-0095"], output: nil)
        #expect(again.stdout.contains("已打印 1 份") && again.stdout.contains("1 份未变"), "\(again.stdout)")
        let other = QuotePDFs.command(arguments: [shop, "Q-2025-0101"], output: nil)
        #expect(other.stdout.contains("已打印 0 份") && other.stdout.contains("1 份未变"), "\(other.stdout)")
        let info = Browser.run("/usr/bin/pdfinfo", [shop + "/pdf/Q-2025-0095.pdf"]).out
        #expect(info.contains("Pages:           1"), "Q-2025-0095 prints on one page: \(info)")
    }
}
