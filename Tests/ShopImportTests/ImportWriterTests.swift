import Diagnostics
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
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
        #expect(ImportFixture.tree(shop).keys.filter { $0.contains(".import-") }.isEmpty)
    }

    /// A new month (one folder rename), a replaced order, a new order beside it, a replaced traffic file and a stub
    /// customer: five renames in this order.
    static let mixedPlan: [FileChange] = [
        FileChange(path: "content/customers/C-900.md", bytes: Array("---\nid: C-900\n---\n".utf8), kind: .created),
        FileChange(path: "content/data/traffic.csv", bytes: Array("date\n".utf8), kind: .updated),
        FileChange(path: "content/orders/2025-11/O-20251128-01.md", bytes: Array("changed\n".utf8), kind: .updated),
        FileChange(path: "content/orders/2025-11/O-20251130-07.md", bytes: Array("new\n".utf8), kind: .created),
        FileChange(path: "content/orders/2026-01/O-9.md", bytes: Array("a\n".utf8), kind: .created),
        FileChange(path: "content/orders/2026-01/O-10.md", bytes: Array("b\n".utf8), kind: .created),
    ]

    /// The commit's rename fails at the first, a middle and the last step (as a file made read-only during the
    /// commit would make it): the renames already done are undone, backups and staged files are gone.
    @Test(arguments: [1, 2, 3, 5])
    func aRenameFailingPartwayUndoesTheRenamesDone(failingAt step: Int) throws {
        let shop = try ImportFixture.shopCopy("writer-rollback")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        var plan = ImportPlan()
        plan.changes = Self.mixedPlan
        let before = ImportFixture.tree(shop)
        var calls = 0
        let failing: (String, String) -> Int32 = { from, to in
            calls += 1
            guard calls != step else { errno = EACCES; return -1 }
            return rename(from, to)
        }
        #expect(throws: Diagnostic.self) { try ImportWriter.apply(plan, shopPath: shop, rename: failing) }
        #expect(calls == step)
        #expect(ImportFixture.tree(shop) == before)  // the same files with the same bytes, nothing staged or backed up
        #expect(!FileManager.default.fileExists(atPath: shop + "/content/orders/2026-01"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: shop + "/content/orders") == ["2025-11"])
    }

    @Test func theErrorNamesTheFileThatCouldNotBeRenamed() throws {
        let shop = try ImportFixture.shopCopy("writer-rollback-message")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        var plan = ImportPlan()
        plan.changes = Self.mixedPlan
        var calls = 0
        do {
            try ImportWriter.apply(plan, shopPath: shop) { from, to in
                calls += 1
                guard calls != 3 else { errno = EACCES; return -1 }
                return rename(from, to)
            }
            Issue.record("the import should have failed")
        } catch {
            #expect(error.code == "E-IMPORT-WRITE")
            #expect(error.location?.path == "content/orders/2025-11/O-20251128-01.md")
            #expect(error.arguments["reason"] == String(cString: strerror(EACCES)))
        }
    }

    /// Every new file of a new month goes into one staged folder, renamed into place whole; a folder left behind by a
    /// failed import is not reused, so its stray files never reach the shop.
    @Test func aNewMonthIsStagedAsOneFolder() throws {
        let shop = try ImportFixture.shopCopy("writer-folder")
        defer { try? FileManager.default.removeItem(atPath: shop) }
        let leftover = shop + "/content/orders/.2026-01.import-staged"
        try FileManager.default.createDirectory(atPath: leftover, withIntermediateDirectories: false)
        try "stray\n".write(toFile: leftover + "/O-STRAY.md", atomically: false, encoding: .utf8)
        var plan = ImportPlan()
        plan.changes = Self.mixedPlan
        var renames: [String] = []
        try ImportWriter.apply(plan, shopPath: shop) { from, to in
            renames.append(String(to.dropFirst(shop.count + 1)))
            return rename(from, to)
        }
        #expect(renames == ["content/customers/C-900.md", "content/data/traffic.csv", "content/orders/2025-11/O-20251128-01.md",
                            "content/orders/2025-11/O-20251130-07.md", "content/orders/2026-01"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: shop + "/content/orders/2026-01").sorted() == ["O-10.md", "O-9.md"])
        #expect(ImportFixture.text(shop, "content/orders/2025-11/O-20251128-01.md") == "changed\n")
        #expect(ImportFixture.text(shop, "content/orders/2026-01/O-10.md") == "b\n")
        let left = ImportFixture.tree(shop).keys.filter { $0.contains(".import-") }
        #expect(left == ["content/orders/.2026-01.import-staged/O-STRAY.md"])  // only the stray file it did not make
    }
}
