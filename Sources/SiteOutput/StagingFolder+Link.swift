import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

extension StagingFolder {
    /// Puts a regular file from a cache into the site as a hard link of it (the derived photos), or as a copy where the
    /// two folders are on different file systems or the link fails; refuses symlinks, like `copyFile`.
    public func linkFile(from source: String, to relativePath: String) throws(Diagnostic) {
        let full = try preparedPath(relativePath)
        if FileSystem.link(source, at: full) {
            if reusesPreviousSite { writtenFiles.withLock { _ = $0.insert(relativePath) } }
            return
        }
        try copyFile(from: source, to: relativePath)
    }

    /// Whether the reused tree already holds a copy of `source` at `relativePath` (a regular file of its size and
    /// modification time, which `copyFile` gave it): then it is kept as it is and counted as written. The copy may
    /// share its inode with the live site (linked from it by the build that made this tree): keeping it writes nothing.
    func keepsCopy(of source: stat, at relativePath: String) throws(Diagnostic) -> Bool {
        let full = try preparedPath(relativePath)
        var there = stat()
        guard lstat(full, &there) == 0, there.st_mode & S_IFMT == S_IFREG, there.st_size == source.st_size,
              Self.sameTime(there.st_mtim, source.st_mtim) else { return false }
        writtenFiles.withLock { _ = $0.insert(relativePath) }
        return true
    }

    /// Whether the reused tree already holds, at `relativePath`, a link to the inode of `file` (the hard link a previous
    /// build made to a cache file): then it is kept and counted as written, without a system call. The answer comes
    /// from the tree's listing (`d_ino` of a regular file's entry) and is trusted only where the folder holding it is
    /// still the folder listed (same inode, found a real folder by `prepareDirectory`) on `file`'s device, and no file
    /// was written at that path earlier in this build. Nothing is opened or written: a path not kept goes to
    /// `linkFile`, which replaces whatever is there by rename. Always false in a new, empty folder.
    public func keepsLink(of file: stat, at relativePath: String) throws(Diagnostic) -> Bool {
        guard reusesPreviousSite, let previousContents else { return false }
        let full = try preparedPath(relativePath)
        guard let slash = full.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
        let folder = String(full[..<slash])
        let listed = listedInodes.withLock { inodes in
            if let inodes { return inodes }
            let made = ListedInodes(previousContents.listing, root: path, rootInode: previousContents.identity.inode)
            inodes = made
            // Most listed files are written again: room for them at once, not grown (and rehashed) insert by insert.
            writtenFiles.withLock { $0.reserveCapacity($0.count + made.files.count) }
            return made
        }
        let seen: (device: UInt64, inode: UInt64)? = folder == path ? previousContents.identity : foundFolders.withLock { $0[folder] }
        guard let seen, seen.device == UInt64(file.st_dev), listed.folders[folder] == seen.inode,
              listed.files[relativePath] == UInt64(file.st_ino) else { return false }
        return writtenFiles.withLock { $0.insert(relativePath).inserted }
    }

    /// The absolute path of `relativePath` once it is known to stay inside the site and its folder exists as a real
    /// folder (in a reused tree, a symlink or file on the way replaced): what `write`, `linkFile` and `keepsCopy` write to.
    func preparedPath(_ relativePath: String) throws(Diagnostic) -> String {
        guard StagingFolder.isSafe(relativePath) else {
            throw .error("E-WRITE-OUTSIDE", ["path": relativePath])
        }
        let full = path + "/" + relativePath
        if let slash = full.utf8.lastIndex(of: UInt8(ascii: "/")) {
            let directory = String(full[..<slash])
            if !knownDirectories.withLock({ $0.contains(directory) }) {
                do throws(FileSystem.Failure) { try prepareDirectory(directory) } catch {
                    throw .error("E-CREATE-FOLDER", ["reason": "\(error)"])
                }
            }
        }
        return full
    }
}
