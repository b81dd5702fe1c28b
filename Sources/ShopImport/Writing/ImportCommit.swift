#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The second half of an import's write: the staged files and folders renamed into place, all or nothing as far as
/// the file system allows. A file that is replaced keeps a hard-linked backup (`.O-1.md.import-backup`) until every
/// rename has succeeded; when one fails, the renames already done are undone in reverse.
struct ImportCommit {
    /// The suffix of a backup of a replaced file.
    static let backupSuffix = ".import-backup"

    /// A rename done: the move, and the backup of the file it replaced (nil when there was none).
    private var done: [(move: ImportStaging.Move, backup: String?)] = []

    /// Renames every move in order with `rename`; on a failure, undoes the moves already done and returns the target
    /// that failed with the reason. The backups stay until `finish()`.
    mutating func run(_ moves: [ImportStaging.Move], rename: (String, String) -> Int32) -> (target: String, reason: String)? {
        for move in moves {
            var backup: String?
            if !move.isFolder {
                let path = String(ImportStaging.stagingPath(for: move.target).dropLast(ImportWriter.stagedSuffix.count)) + Self.backupSuffix
                let (kept, reason) = Self.backUp(move.target, to: path)
                if let reason { undo(); return (move.target, reason) }
                if kept { backup = path }
            }
            guard rename(move.staged, move.target) == 0 else {
                let reason = String(cString: strerror(errno))
                if let backup { unlink(backup) }
                undo()
                return (move.target, reason)
            }
            done.append((move, backup))
        }
        return nil
    }

    /// Removes the backups once the whole import is in place.
    func finish() {
        for entry in done { if let backup = entry.backup { unlink(backup) } }
    }

    /// Puts back what the renames done so far replaced, last first: a replaced file from its backup, a new file
    /// back to its staging place, a new folder back to its staged copy (the staging's clean-up removes those). A backup
    /// that cannot be put back stays where it is, so the old file is never lost.
    private mutating func undo() {
        for entry in done.reversed() {
            if let backup = entry.backup {
                Glibc.rename(backup, entry.move.target)
            } else {
                Glibc.rename(entry.move.target, entry.move.staged)
            }
        }
        done = []
    }

    /// Keeps the file at `target` as `backup`: a hard link (replacing a stale backup of a failed import), or, where
    /// the file system has no hard links, the file renamed. Whether there was a file, and the reason when it failed.
    private static func backUp(_ target: String, to backup: String) -> (kept: Bool, reason: String?) {
        if Glibc.link(target, backup) == 0 { return (true, nil) }
        if errno == ENOENT { return (false, nil) }
        if errno == EEXIST, unlink(backup) == 0, Glibc.link(target, backup) == 0 { return (true, nil) }
        if Glibc.rename(target, backup) == 0 { return (true, nil) }
        return (false, String(cString: strerror(errno)))
    }
}
