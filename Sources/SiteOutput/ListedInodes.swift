/// The inode of each regular file and folder a reused tree held when it was listed (`TreeLister`, from the
/// directory entries' `d_ino`): how `keepsLink` knows a derived photo's link is already there without an `lstat`.
/// Files are found by inode (an integer hash), not by path: a derived photo's link names its cache file's inode, and
/// only the path listed with that inode is compared with the one asked about.
struct ListedInodes: Sendable {
    /// The listed regular files' relative paths (the listing's own array, shared, not copied).
    let paths: [String]
    /// Per inode, the index in `paths` of the one regular file listed with it, or -1 when several were (one cache file
    /// linked at several paths: two products listing the same photo bytes).
    let fileIndex: [UInt64: Int]
    /// Per relative path, the inode of a file whose inode was listed more than once (empty in the usual case).
    let sharedFiles: [String: UInt64]
    /// Per absolute path, the inode of the folder listed there (the tree's own folder included).
    let folders: [String: UInt64]

    /// The inodes of `listing`, the tree at `root` (absolute) whose own folder is inode `rootInode`.
    init(_ listing: FileSystem.TreeListing, root: String, rootInode: UInt64) {
        var fileIndex: [UInt64: Int] = [:], folders: [String: UInt64] = [root: rootInode], shared: [UInt64] = []
        fileIndex.reserveCapacity(listing.files.count)
        folders.reserveCapacity(listing.folders.count + 1)
        for (i, inode) in listing.fileInodes.enumerated() {
            // One hash for a new inode; a second listing of it marks it shared.
            if let earlier = fileIndex.updateValue(i, forKey: inode) {
                fileIndex[inode] = -1
                if earlier != -1 { shared.append(inode) }
            }
        }
        var sharedFiles: [String: UInt64] = [:]
        if !shared.isEmpty {
            let sharedSet = Set(shared)
            for (file, inode) in zip(listing.files, listing.fileInodes) where sharedSet.contains(inode) { sharedFiles[file] = inode }
        }
        for (folder, inode) in zip(listing.folders, listing.folderInodes) { folders[root + "/" + folder] = inode }
        paths = listing.files
        self.fileIndex = fileIndex
        self.sharedFiles = sharedFiles
        self.folders = folders
    }

    /// Where the regular file listed at `relativePath` with the inode `inode` is in the listing: its index in `paths`,
    /// -1 when found among the shared inodes (no one index), nil when no such file was listed.
    func index(of inode: UInt64, at relativePath: String) -> Int? {
        guard let i = fileIndex[inode] else { return nil }
        if i >= 0 { return paths[i] == relativePath ? i : nil }
        return sharedFiles[relativePath] == inode ? -1 : nil
    }
}
