import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The inotify watches of one watcher: which watch descriptor stands for which folder.
///
/// Folders are named relative to the watcher's base (`content/products`).
struct WatchTable: Sendable {
    /// The inotify descriptor the watches belong to.
    let inotify: Int32
    /// The base folder that reported paths are relative to.
    let base: String
    /// The folder each watch descriptor watches, relative to `base`.
    private(set) var folders: [Int32: String] = [:]

    /// The events asked for on every folder.
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF)

    init(inotify: Int32, base: String) {
        self.inotify = inotify
        self.base = base
    }

    /// Watches `folder` and every folder below it (symlinked folders are not followed).
    /// Returns the files and folders found below it, so files created before the watch was in place
    /// are not missed.
    @discardableResult
    mutating func watchTree(_ folder: String) -> [String] {
        let wd = inotify_add_watch(inotify, absolute(folder), Self.mask)
        guard wd >= 0 else { return [] }
        folders[wd] = folder
        var found: [String] = []
        let names = (try? FileManager.default.contentsOfDirectory(atPath: absolute(folder))) ?? []
        for name in names.sorted() where !EditorTempFiles.isIgnored(name) {
            let child = folder.isEmpty ? name : folder + "/" + name
            found.append(child)
            if Self.isFolder(absolute(child)) {
                found += watchTree(child)
            }
        }
        return found
    }

    /// Forgets a watch the kernel dropped (folder deleted or unmounted).
    mutating func forget(_ wd: Int32) {
        folders[wd] = nil
    }

    /// Removes the watches on `folder` and everything below it (after it was moved away).
    mutating func unwatchTree(_ folder: String) {
        for (wd, path) in folders where path == folder || path.hasPrefix(folder + "/") {
            _ = inotify_rm_watch(inotify, wd)
            folders[wd] = nil
        }
    }

    /// The folder's path on disk.
    func absolute(_ relative: String) -> String {
        relative.isEmpty ? base : base + "/" + relative
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
