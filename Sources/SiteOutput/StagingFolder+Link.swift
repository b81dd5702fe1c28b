import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

extension StagingFolder {
    /// Puts a regular file from a cache into the site as a hard link of it (the derived photos), or as a copy where the
    /// two folders are on different file systems or the link fails; refuses symlinks, like `copyFile`.
    public func linkFile(from source: String, to relativePath: String) throws(Diagnostic) {
        try linkFile(from: source, to: relativePath, checked: false)
    }

    /// `linkFile`, without the `isSafe` walk of a path the caller `checked`.
    func linkFile(from source: String, to relativePath: String, checked: Bool) throws(Diagnostic) {
        let full = try preparedPath(relativePath, checked: checked)
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
        var folder = LinkFolder()
        return try keepsLink(device: UInt64(file.st_dev), inode: UInt64(file.st_ino), at: relativePath, checked: false,
                             folder: &folder, listed: listing())
    }

    /// Puts each of `links` into the site: kept when the reused tree's listing shows the link there (`keepsLink`),
    /// else linked (`linkFile`). A path the caller checked is not walked again (`CacheLink.pathChecked`); the folder
    /// of the previous link is not looked up again. The files placed and the errors, in order.
    public func placeLinks(_ links: [CacheLink]) -> (placed: Int, errors: [Diagnostic]) {
        var placed = 0, errors: [Diagnostic] = [], folder = LinkFolder()
        let listed = links.isEmpty ? nil : listing()
        for link in links {
            do throws(Diagnostic) {
                if try !keepsLink(device: link.device, inode: link.inode, at: link.relativePath, checked: link.pathChecked,
                                  folder: &folder, listed: listed) {
                    try linkFile(from: link.source, to: link.relativePath, checked: link.pathChecked)
                }
                placed += 1
            } catch { errors.append(error) }
        }
        return (placed, errors)
    }

    /// The folder of the last link asked about (relative to the site root) and what was found for it: its device and
    /// inode as `prepareDirectory` saw it, and whether the listing had that very folder there.
    struct LinkFolder {
        var relative: Substring?
        var device: UInt64 = 0
        var listed = false
    }

    /// The inodes of the reused tree's listing, made the first time they are asked for; nil in a new, empty folder.
    func listing() -> ListedInodes? {
        guard reusesPreviousSite, let previousContents else { return nil }
        return listedInodes.withLock { inodes in
            if let inodes { return inodes }
            let made = ListedInodes(previousContents.listing, root: path, rootInode: previousContents.identity.inode)
            inodes = made
            keptListed.withLock { $0 = Array(repeating: false, count: made.paths.count) }
            // Most listed files are written again: room for them at once, not grown (and rehashed) insert by insert.
            writtenFiles.withLock { $0.reserveCapacity($0.count + made.paths.count) }
            return made
        }
    }

    /// `keepsLink` against `listed` (`listing()`, taken once for many links), with `folder` remembering the last folder
    /// asked about (it stays what it was found to be: a known folder is never prepared again in a build).
    func keepsLink(device: UInt64, inode: UInt64, at relativePath: String, checked: Bool,
                   folder: inout LinkFolder, listed: ListedInodes?) throws(Diagnostic) -> Bool {
        guard reusesPreviousSite, let previousContents, let listed else { return false }
        guard checked || StagingFolder.isSafe(relativePath) else { throw .error("E-WRITE-OUTSIDE", ["path": relativePath]) }
        let slash = relativePath.lastSlash
        let relativeFolder = slash.map { relativePath[..<$0] } ?? ""
        if folder.relative != relativeFolder {
            let full = slash == nil ? path : path + "/" + relativeFolder
            if full != path, !knownDirectories.withLock({ $0.contains(full) }) {
                do throws(FileSystem.Failure) { try prepareDirectory(full) } catch {
                    throw .error("E-CREATE-FOLDER", ["reason": "\(error)"])
                }
            }
            let seen: (device: UInt64, inode: UInt64)? = full == path ? previousContents.identity : foundFolders.withLock { $0[full] }
            folder = LinkFolder(relative: relativeFolder, device: seen?.device ?? 0,
                                listed: seen.map { listed.folders[full] == $0.inode } ?? false)
        }
        guard folder.listed, folder.device == device, let i = listed.index(of: inode, at: relativePath) else { return false }
        // Kept only when nothing was written at the path earlier in this build, nor kept already (then it is linked).
        return writtenFiles.withLock { written in
            guard i >= 0 else { return written.insert(relativePath).inserted }
            guard !written.contains(relativePath) else { return false }
            return keptListed.withLock { kept in
                guard i < kept.count, !kept[i] else { return false }
                kept[i] = true
                return true
            }
        }
    }

    /// The absolute path of `relativePath` once it is known to stay inside the site and its folder exists as a real
    /// folder (in a reused tree, a symlink or file on the way replaced): what `write`, `linkFile` and `keepsCopy` write to.
    func preparedPath(_ relativePath: String, checked: Bool = false) throws(Diagnostic) -> String {
        guard checked || StagingFolder.isSafe(relativePath) else {
            throw .error("E-WRITE-OUTSIDE", ["path": relativePath])
        }
        let full = path + "/" + relativePath
        if let slash = full.lastSlash {
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
