#if canImport(Glibc)
import Glibc
#endif

/// A new staging folder beside a live site shares the live site's unchanged files instead of creating them again: a
/// file whose bytes equal the live file at the same path becomes a hard link of it. The live file is only read.
extension StagingFolder {
    /// Links the live site's file at `relativePath` to `full` when it is a regular file (no symlink, on a path of real
    /// folders) holding exactly `bytes` (with `modifiedLike`, a copy's source: also of its modification time): true
    /// when linked. Any doubt (missing, another size, a read error, another file system, too many links, the live file
    /// changed or replaced meanwhile) is false, and the caller writes a new file.
    func linksLive(_ bytes: [UInt8], at relativePath: String, to full: String, modifiedLike source: stat?) -> Bool {
        guard let liveSite, liveFolderIsReal(relativePath, in: liveSite) else { return false }
        let live = liveSite + "/" + relativePath
        guard let file = FileSystem.openRegular(live, size: bytes.count) else { return false }
        defer { close(file.descriptor) }
        let before = file.info
        if let source, !Self.sameTime(before.st_mtim, source.st_mtim) { return false }
        guard FileSystem.reads(file.descriptor, as: bytes), link(live, full) == 0 else { return false }
        // The name linked must be the inode just read, unchanged since: an edit or a rename in between is not shared.
        var after = stat(), linked = stat()
        guard fstat(file.descriptor, &after) == 0, lstat(full, &linked) == 0, linked.st_dev == before.st_dev,
              linked.st_ino == before.st_ino, after.st_size == before.st_size, Self.sameTime(after.st_mtim, before.st_mtim) else {
            unlink(full)
            return false
        }
        return true
    }

    /// Whether the folder holding `relativePath` in the live site is a real folder at every step (no symlink, no file),
    /// checked once per folder.
    private func liveFolderIsReal(_ relativePath: String, in liveSite: String) -> Bool {
        guard let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/")) else { return true }
        let folder = String(relativePath[..<slash])
        if let known = liveFolders.withLock({ $0[folder] }) { return known }
        var prefix = liveSite, real = true
        for part in folder.split(separator: "/") {
            prefix += "/" + part
            if FileSystem.kind(of: prefix) != .directory { real = false; break }
        }
        liveFolders.withLock { $0[folder] = real }
        return real
    }

    /// Whether two file times are the same to the nanosecond.
    static func sameTime(_ a: timespec, _ b: timespec) -> Bool {
        a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec
    }
}
