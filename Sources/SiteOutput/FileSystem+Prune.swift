#if canImport(Glibc)
import Glibc
#endif

/// Listing a reused tree, and clearing it of what a build did not write, without following symlinks.
extension FileSystem {
    /// Everything under a folder, as relative paths: regular files, folders, and other entries (symlinks, devices);
    /// with each file's and folder's inode number as the listing gave it (`d_ino`, no `stat`).
    struct TreeListing: Sendable {
        var files: [String] = []
        var folders: [String] = []
        var others: [String] = []
        /// The inode of each of `files`, in the same order.
        var fileInodes: [UInt64] = []
        /// The inode of each of `folders`, in the same order.
        var folderInodes: [UInt64] = []
    }

    /// Lists the tree under the open folder `descriptor` (relative paths, folders before their contents), through
    /// descriptors so that the folder may be renamed meanwhile; never follows symlinks. Closes the descriptor.
    static func listTree(descriptor: Int32) -> TreeListing {
        var listing = TreeListing()
        func visit(_ fd: Int32, _ relative: String) {
            guard let dir = fdopendir(fd) else { close(fd); return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let child = relative.isEmpty ? name : relative + "/" + name
                var type = Int32(entry.pointee.d_type), inode = UInt64(entry.pointee.d_ino)
                if type == Int32(DT_UNKNOWN) {
                    var st = stat()
                    type = fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 ? Int32(DT_UNKNOWN)
                        : (st.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : st.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK))
                    inode = UInt64(st.st_ino)
                }
                switch type {
                case Int32(DT_DIR):
                    listing.folders.append(child)
                    listing.folderInodes.append(inode)
                    let sub = openat(fd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                    if sub >= 0 { visit(sub, child) }
                case Int32(DT_REG):
                    listing.files.append(child)
                    listing.fileInodes.append(inode)
                default: listing.others.append(child)
                }
            }
        }
        visit(descriptor, "")
        return listing
    }

    /// Removes from `root` what `listing` found there that is neither a kept file nor a folder on the way to one.
    static func prune(_ root: String, listing: TreeListing, keepingFiles files: Set<String>) {
        // Slices of the kept paths, not copies: no string is made for the tens of thousands of folders.
        var folders: Set<Substring> = []
        folders.reserveCapacity(files.count)
        for file in files {
            var folder = file[...]
            while let slash = folder.utf8.lastIndex(of: UInt8(ascii: "/")) {
                folder = folder[..<slash]
                if !folders.insert(folder).inserted { break }
            }
        }
        for file in listing.files where !files.contains(file) { unlink(root + "/" + file) }
        for other in listing.others where !files.contains(other) { unlink(root + "/" + other) }
        // A folder no kept file lies in goes whole (with anything added since it was listed), unless the build
        // already replaced it by a file of that name (`products/A.html/` of an old layout, now the page `products/A.html`).
        for folder in listing.folders where !folders.contains(folder[...]) && !files.contains(folder) {
            removeTree(root + "/" + folder)
        }
    }
}
