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
                // The child's relative path made straight from the entry's bytes, in one allocation.
                let made: (child: String, type: Int32, inode: UInt64)? = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                    guard let name = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
                    let length = strlen(name)
                    if length == 0 || name[0] == 0x2E && (length == 1 || length == 2 && name[1] == 0x2E) { return nil }  // "." and ".."
                    let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: length)
                    var type = Int32(entry.pointee.d_type), inode = UInt64(entry.pointee.d_ino)
                    if type == Int32(DT_UNKNOWN) {
                        var st = stat()
                        type = fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0 ? Int32(DT_UNKNOWN)
                            : (st.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : st.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK))
                        inode = UInt64(st.st_ino)
                    }
                    return (childPath(relative, bytes), type, inode)
                }
                guard let (child, type, inode) = made else { continue }
                switch type {
                case Int32(DT_DIR):
                    listing.folders.append(child)
                    listing.folderInodes.append(inode)
                    let sub = withUnsafeBytes(of: &entry.pointee.d_name) { raw in
                        raw.baseAddress.map { openat(fd, $0.assumingMemoryBound(to: CChar.self), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC) } ?? -1
                    }
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

    /// `relative/name` (or `name` at the top), made in one allocation from `name`'s bytes.
    static func childPath(_ relative: String, _ name: UnsafeBufferPointer<UInt8>) -> String {
        var relative = relative
        return relative.withUTF8 { folder in
            String(unsafeUninitializedCapacity: folder.count + 1 + name.count) { buffer in
                var used = 0
                if !folder.isEmpty {
                    _ = UnsafeMutableBufferPointer(rebasing: buffer[0...]).initialize(from: folder)
                    buffer[folder.count] = UInt8(ascii: "/")
                    used = folder.count + 1
                }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[used...]).initialize(from: name)
                return used + name.count
            }
        }
    }

    /// Removes from `root` what `listing` found there that is neither a kept file nor a folder on the way to one. A
    /// file is kept when its path is in `files` or its index in the listing is marked in `keptListed`.
    static func prune(_ root: String, listing: TreeListing, keepingFiles files: Set<String>, keptListed: [Bool] = []) {
        // Slices of the kept paths, not copies: no string is made for the tens of thousands of folders.
        var folders: Set<Substring> = []
        folders.reserveCapacity(files.count)
        func keepFolders(of file: String) {
            var folder = file[...]
            while let slash = folder.lastSlash {
                folder = folder[..<slash]
                if !folders.insert(folder).inserted { break }
            }
        }
        for file in files { keepFolders(of: file) }
        // Files kept by index lie mostly in a few folders, listed together: each folder once, not once per file.
        var previousFolder: Substring?
        for (i, file) in listing.files.enumerated() where i < keptListed.count && keptListed[i] {
            let folder = file[..<(file.lastSlash ?? file.startIndex)]
            if folder == previousFolder { continue }
            previousFolder = folder
            keepFolders(of: file)
        }
        for (i, file) in listing.files.enumerated() where !(i < keptListed.count && keptListed[i]) && !files.contains(file) {
            unlink(root + "/" + file)
        }
        for other in listing.others where !files.contains(other) { unlink(root + "/" + other) }
        // A folder no kept file lies in goes whole (with anything added since it was listed), unless the build
        // already replaced it by a file of that name (`products/A.html/` of an old layout, now the page `products/A.html`).
        for folder in listing.folders where !folders.contains(folder[...]) && !files.contains(folder) {
            removeTree(root + "/" + folder)
        }
    }
}
