import Diagnostics
import Foundation
import Testing
@testable import ShopImport

/// All or nothing: a plan whose last file cannot be written leaves the shop exactly as it was, without staged files.
@Suite struct ImportWriterTests {
    @Test func aFileThatCannotBeWrittenLeavesNothingBehind() throws {
        let shop = try ImportFixture.shopCopy("writer")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        // content/data/traffic.csv is a file, so nothing can be written below it.
        var plan = ImportPlan()
        plan.changes = [
            FileChange(path: "content/orders/2025-12/O-1.md", bytes: Array("---\nid: O-1\n---\n".utf8), kind: .created),
            FileChange(path: "content/orders/2025-11/O-20251128-01.md", bytes: Array("changed\n".utf8), kind: .updated),
            FileChange(path: "content/data/traffic.csv/O-2.md", bytes: Array("x".utf8), kind: .created),
        ]
        let before = ImportFixture.tree(shop)
        #expect(throws: Diagnostic.self) { try ImportWriter.apply(plan, shopPath: shop) }
        #expect(ImportFixture.tree(shop) == before)
        #expect(!FileManager.default.fileExists(atPath: shop + "/content/orders/2025-12"))  // the folder it made is gone too
    }

    @Test func stagedFilesAreHiddenBesideTheirTarget() {
        #expect(ImportWriter.stagingPath(for: "shop/content/orders/2025-12/O-1.md") == "shop/content/orders/2025-12/.O-1.md.import-staged")
    }

    @Test func aPlanIsWrittenWhole() throws {
        let shop = try ImportFixture.shopCopy("writer-ok")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        var plan = ImportPlan()
        plan.changes = [FileChange(path: "content/orders/2026-01/O-9.md", bytes: Array("a\n".utf8), kind: .created),
                        FileChange(path: "content/data/traffic.csv", bytes: Array("b\n".utf8), kind: .updated)]
        try ImportWriter.apply(plan, shopPath: shop)
        #expect(ImportFixture.text(shop, "content/orders/2026-01/O-9.md") == "a\n")
        #expect(ImportFixture.text(shop, "content/data/traffic.csv") == "b\n")
        #expect(ImportFixture.tree(shop).keys.filter { $0.contains("import-staged") }.isEmpty)
    }
}
