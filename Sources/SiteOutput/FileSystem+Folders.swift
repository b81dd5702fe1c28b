#if canImport(Glibc)
import Glibc
#endif

/// Folders of the output: created without following symlinks, their mode, and locks that mark a build's own folders.
extension FileSystem {
    /// Creates the folders of the canonical absolute `path` one by one from `/`, each through the descriptor of the
    /// one above it and never following a symlink (ELOOP): a link swapped in after the path was resolved is not
    /// followed to create folders somewhere else.
    static func makeRealDirectories(_ path: String) throws(Failure) {
        let openPath: Int32 = 0o10_000_000  // Linux O_PATH (needs no read permission; Glibc's module hides it)
        var fd = open("/", openPath | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure("/") }
        defer { close(fd) }
        var done = ""
        for part in path.split(separator: "/") {
            done += "/" + part
            let name = String(part)
            if mkdirat(fd, name, 0o755) != 0 && errno != EEXIST { throw Failure(done) }
            let next = openat(fd, name, openPath | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else { throw Failure(done) }
            close(fd)
            fd = next
        }
    }

    /// The permission bits of the folder at `path` (following symlinks), or nil when it is not a folder.
    static func folderMode(of path: String) -> mode_t? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_mode & S_IFMT == S_IFDIR else { return nil }
        return st.st_mode & 0o7777
    }

    /// Opens the real folder at `path` and takes an exclusive `flock` on it without waiting: the open descriptor
    /// (to close when done), or -1 when the folder cannot be opened or is locked by someone else.
    static func lockFolder(_ path: String) -> Int32 {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return -1 }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { close(fd); return -1 }
        return fd
    }
}
