import Foundation
import Testing
@testable import PreviewServer

@Suite struct FileWatcherTests {
    /// A shop folder with content/ and templates/ and a watcher on both.
    private func watchedShop() throws -> (TemporaryFolder, FileWatcher, Recorder<Set<String>>) {
        let shop = try TemporaryFolder()
        try shop.write("content/products/hd-t001.md", "---\nsku: HD-T001\n---\n")
        try shop.write("templates/product.html", "<h1>{{ product.name }}</h1>")
        let batches = Recorder<Set<String>>()
        let watcher = FileWatcher(base: shop.path, roots: ["content", "templates", "missing"]) { batches.append($0) }
        try watcher.start()
        return (shop, watcher, batches)
    }

    private func changed(_ batches: Recorder<Set<String>>) -> Set<String> {
        batches.all.reduce(into: Set<String>()) { $0.formUnion($1) }
    }

    @Test func reportsAnEditedFileInASubfolder() throws {
        let (shop, watcher, batches) = try watchedShop()
        defer { watcher.stop() }
        try shop.write("content/products/hd-t001.md", "---\nsku: HD-T001\nmoq: 50\n---\n")
        #expect(eventually { changed(batches).contains("content/products/hd-t001.md") })
        #expect(changed(batches) == ["content/products/hd-t001.md"])
    }

    @Test func reportsChangesInEveryRoot() throws {
        let (shop, watcher, batches) = try watchedShop()
        defer { watcher.stop() }
        try shop.write("templates/product.html", "<h2>changed</h2>")
        try shop.write("content/customers/c-001.md", "---\nid: C-001\n---\n")
        #expect(eventually {
            changed(batches).isSuperset(of: ["templates/product.html", "content/customers/c-001.md"])
        })
    }

    @Test func watchesFoldersCreatedAfterStart() throws {
        let (shop, watcher, batches) = try watchedShop()
        defer { watcher.stop() }
        try shop.makeFolder("content/quotes/2025")
        #expect(eventually { changed(batches).contains("content/quotes") })
        try shop.write("content/quotes/2025/q-001.md", "---\nid: Q-001\n---\n")
        #expect(eventually { changed(batches).contains("content/quotes/2025/q-001.md") })
    }

    @Test func reportsDeletionsAndRenames() throws {
        let (shop, watcher, batches) = try watchedShop()
        defer { watcher.stop() }
        try FileManager.default.moveItem(
            atPath: shop.path + "/content/products/hd-t001.md", toPath: shop.path + "/content/products/hd-t002.md")
        try FileManager.default.removeItem(atPath: shop.path + "/templates/product.html")
        #expect(eventually {
            changed(batches).isSuperset(of: [
                "content/products/hd-t001.md", "content/products/hd-t002.md", "templates/product.html",
            ])
        })
    }

    @Test func ignoresEditorScratchFiles() throws {
        let (shop, watcher, batches) = try watchedShop()
        defer { watcher.stop() }
        for name in [".hd-t001.md.swp", "hd-t001.md~", ".#hd-t001.md", "4913"] {
            try shop.write("content/products/\(name)", "scratch")
        }
        try shop.write("content/products/marker.md", "done")
        #expect(eventually { changed(batches).contains("content/products/marker.md") })
        #expect(changed(batches) == ["content/products/marker.md"])
    }

    @Test func debouncesABurstIntoOneBatch() throws {
        let shop = try TemporaryFolder()
        try shop.makeFolder("content/products")
        let batches = Recorder<Set<String>>()
        // A long quiet time keeps the five writes in one batch however slowly the machine runs.
        let watcher = FileWatcher(base: shop.path, roots: ["content"], quietMilliseconds: 2_000, maxDelayMilliseconds: 2_000) {
            batches.append($0)
        }
        try watcher.start()
        defer { watcher.stop() }
        for index in 1...5 {
            try shop.write("content/products/p\(index).md", "x")
        }
        #expect(eventually(within: 15) { !batches.all.isEmpty })
        #expect(batches.all == [Set((1...5).map { "content/products/p\($0).md" })])
    }

    @Test func stopEndsTheWatching() throws {
        let (shop, watcher, batches) = try watchedShop()
        watcher.stop()
        // A second watcher on the same folder is the clock: once it has reported the write, the
        // stopped one would have reported it too.
        let witness = Recorder<Set<String>>()
        let second = FileWatcher(base: shop.path, roots: ["content"]) { witness.append($0) }
        try second.start()
        defer { second.stop() }
        try shop.write("content/products/after-stop.md", "x")
        #expect(eventually { !witness.all.isEmpty })
        #expect(batches.all.isEmpty)
    }

    @Test func parsesRawInotifyRecords() {
        var bytes: [UInt8] = []
        func record(wd: Int32, mask: UInt32, name: String, length: Int) {
            withUnsafeBytes(of: wd) { bytes += $0 }
            withUnsafeBytes(of: mask) { bytes += $0 }
            withUnsafeBytes(of: UInt32(0)) { bytes += $0 }
            withUnsafeBytes(of: UInt32(length)) { bytes += $0 }
            bytes += Array(name.utf8) + Array(repeating: 0, count: length - name.utf8.count)
        }
        record(wd: 3, mask: 8, name: "a.md", length: 16)
        record(wd: 4, mask: 0x400, name: "", length: 0)
        #expect(InotifyEvent.parse(bytes[...]) == [
            InotifyEvent(wd: 3, mask: 8, name: "a.md"), InotifyEvent(wd: 4, mask: 0x400, name: ""),
        ])
    }
}
