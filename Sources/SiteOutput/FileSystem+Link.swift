#if canImport(Glibc)
import Glibc
#endif

/// Hard links for files the site shares with a cache (no bytes copied; safe because no writer of shopsite ever writes
/// into a file with other links: `overwrite` replaces it by rename, the cache and `serve` rename new files in), and
/// the stamps that let a reused site keep an asset copy that is still current.
extension FileSystem {
    /// Makes `path` another name of the regular file `source`: true when it is one (already, or now), false when the
    /// file system cannot link them (another file system, no hard links, too many links, …) and the caller copies.
    /// Whatever was at `path` is replaced by rename, never written into; a folder there is left for the copy to handle.
    static func link(_ source: String, at path: String) -> Bool {
        var from = stat(), there = stat()
        guard lstat(source, &from) == 0, from.st_mode & S_IFMT == S_IFREG else { return false }
        if lstat(path, &there) != 0 {
            return Glibc.link(source, path) == 0
        }
        if there.st_dev == from.st_dev && there.st_ino == from.st_ino { return true }  // linked by the previous build
        guard there.st_mode & S_IFMT != S_IFDIR else { return false }
        let (folder, name) = OutputFolder.split(path)
        let temporary = "\(folder)/.\(name).shopsite-link-\(getpid())"
        unlink(temporary)
        guard Glibc.link(source, temporary) == 0 else { return false }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// The `lstat` of `path` when it is a regular file (not a symlink), else nil.
    static func regularFile(_ path: String) -> stat? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return info
    }

    /// Gives the file at `path` (never a symlink's target) the access and modification times of `source`; best effort.
    static func setModificationTime(of path: String, like source: stat) {
        let times = [source.st_atim, source.st_mtim]
        _ = utimensat(AT_FDCWD, path, times, AT_SYMLINK_NOFOLLOW)
    }
}
