/// The inode of each regular file and folder a reused tree held when it was listed (`TreeLister`, from the
/// directory entries' `d_ino`): how `keepsLink` knows a derived photo's link is already there without an `lstat`.
struct ListedInodes: Sendable {
    /// Per relative path, the inode of the regular file listed there.
    let files: [String: UInt64]
    /// Per absolute path, the inode of the folder listed there (the tree's own folder included).
    let folders: [String: UInt64]

    /// The inodes of `listing`, the tree at `root` (absolute) whose own folder is inode `rootInode`.
    init(_ listing: FileSystem.TreeListing, root: String, rootInode: UInt64) {
        var files: [String: UInt64] = [:], folders: [String: UInt64] = [root: rootInode]
        files.reserveCapacity(listing.files.count)
        folders.reserveCapacity(listing.folders.count + 1)
        for (file, inode) in zip(listing.files, listing.fileInodes) { files[file] = inode }
        for (folder, inode) in zip(listing.folders, listing.folderInodes) { folders[root + "/" + folder] = inode }
        self.files = files
        self.folders = folders
    }
}
