#if canImport(Glibc)
import Glibc
#endif

/// Cleaning up after builds that were killed, touching only folders that are shopsite's and that no build holds.
extension OutputFolder {
    /// Removes killed builds' staging folders beside the output, and puts back a previous site that the rename
    /// fallback had moved aside (`….shopsite-tmp-PID.old`) when the output is missing, so a kill in that window
    /// never loses the site; otherwise the aside copy is removed. A folder is a leftover when no build holds its
    /// lock (whatever process now has its pid), and it is removed only when it is empty or holds the marker.
    static func removeStaleStagingFolders(in parent: String, name: String) {
        let prefix = ".\(name).shopsite-tmp-"
        for entry in FileSystem.entries(of: parent) where entry.hasPrefix(prefix) {
            var rest = entry.dropFirst(prefix.count)
            let movedAside = rest.hasSuffix(".old")
            if movedAside { rest = rest.dropLast(4) }
            guard let pid = Int32(rest) else { continue }
            let stale = parent + "/" + entry, output = parent + "/" + name
            withAbandonedFolder(stale, pid: pid) {
                if movedAside && FileSystem.isMissing(output) && rename(stale, output) == 0 { return }
                FileSystem.removeTree(stale)
            }
        }
    }

    /// Removes `folder` when it is an abandoned leftover of shopsite's (see `removeStaleStagingFolders`).
    static func removeIfAbandoned(_ folder: String) {
        withAbandonedFolder(folder, pid: getpid()) { FileSystem.removeTree(folder) }
    }

    /// Runs `body` holding the lock of `folder` when it is a real folder, is shopsite's (empty or marked) and no
    /// build holds its lock; where the file system has no locks, when the process `pid` is gone.
    private static func withAbandonedFolder(_ folder: String, pid: Int32, _ body: () -> Void) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno != EWOULDBLOCK, pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { return }
        }
        let entries = FileSystem.entries(of: folder)
        guard entries.isEmpty || entries.contains(OutputFolder.markerName) else { return }
        body()
    }
}
