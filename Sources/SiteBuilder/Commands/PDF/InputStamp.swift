#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import ShopLoader

/// What a whole `shopsite pdf` run read, as one fingerprint: every file under the shop's `content/`, `templates/`
/// and `i18n/` and the built-in theme (path, size, inode, modification and change times), the executable, today's
/// date (the as-of date when site.yaml names none) and what was asked. When it equals the one saved by the last
/// successful run, and every PDF it made is still there, nothing can have changed and the shop is not even loaded.
///
/// The change time (`st_ctime`) moves on every write and cannot be set back, so an edit that keeps a file's size and
/// modification time still changes the stamp.
enum InputStamp {
    /// The file beside the PDFs that keeps the stamp of the last successful run.
    static let fileName = ".shopsite-pdf-inputs"

    /// The stamp of a run over `shopPath` for `wanted` ids (all when empty) into `folder`.
    static func current(shopPath: String, wanted: [String], folder: String, theme: String?) -> String {
        var listing: [UInt8] = []
        let shop = shopPath.hasSuffix("/") ? shopPath : shopPath + "/"
        for root in [shop + "content", shop + "templates", shop + "i18n", theme ?? ""] where !root.isEmpty {
            walk(root, into: &listing)
        }
        describe(ProcessInfo.processInfo.arguments.first.flatMap { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path } ?? "",
                 into: &listing)
        let request = "\(Today.day)\n\(folder)\n" + wanted.joined(separator: "\n")
        return SheetHash.hex(Data(listing), Data(request.utf8))
    }

    /// The quote ids the last successful run printed or found unchanged, when its stamp is `stamp` and each of their
    /// PDFs is still in `folder`; nil otherwise (the run must load the shop).
    static func unchanged(_ stamp: String, folder: String) -> [String]? {
        guard let text = try? String(contentsOfFile: folder + "/" + fileName, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.first == stamp else { return nil }
        let ids = Array(lines.dropFirst())
        return ids.allSatisfy { FileManager.default.fileExists(atPath: folder + "/" + $0 + ".pdf") } ? ids : nil
    }

    /// Saves `stamp` and the ids of a successful run in `folder`.
    static func save(_ stamp: String, ids: [String], folder: String) {
        _ = FileManager.default.createFile(atPath: folder + "/" + fileName, contents: Data(([stamp] + ids).joined(separator: "\n").utf8))
    }

    /// Forgets the saved stamp, before PDFs in `folder` are written (a run stopped half-way must not look finished).
    static func forget(folder: String) { try? FileManager.default.removeItem(atPath: folder + "/" + fileName) }

    /// Every entry under `root`, sorted, as `path size inode mtime ctime` lines (symbolic links not followed).
    private static func walk(_ root: String, into listing: inout [UInt8]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return }
        for name in names.sorted() {
            let path = root + "/" + name
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            describe(path, info, into: &listing)
            if info.st_mode & S_IFMT == S_IFDIR { walk(path, into: &listing) }
        }
    }

    /// One file's line (a missing file gives its path alone).
    private static func describe(_ path: String, into listing: inout [UInt8]) {
        var info = stat()
        if stat(path, &info) == 0 { describe(path, info, into: &listing) } else { listing += Array((path + "\n").utf8) }
    }

    /// One entry's line.
    private static func describe(_ path: String, _ info: stat, into listing: inout [UInt8]) {
        let line = "\(path) \(info.st_size) \(info.st_ino) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
            + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)\n"
        listing += Array(line.utf8)
    }
}
