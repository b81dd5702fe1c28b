import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Lists a folder tree on a background thread from the moment it is made: the previous site kept as the spare is
/// listed while the shop loads, so pruning it at the end costs no serial time. The folder is opened first and
/// walked through descriptors, so renaming it into place as the staging folder does not disturb the walk.
final class TreeLister: Sendable {
    /// Device and inode of the listed folder, to check it is still the one being staged.
    let identity: (device: UInt64, inode: UInt64)
    private let result = Mutex<FileSystem.TreeListing?>(nil)
    private let done = DispatchGroup()
    private let taken = Atomic<Bool>(false)

    /// Starts listing the real folder at `path`; nil when it cannot be opened (missing, a symlink, not a folder).
    init?(path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0 else { close(fd); return nil }
        identity = (UInt64(st.st_dev), UInt64(st.st_ino))
        DispatchQueue.global().async(group: done) { [self] in
            let listing = FileSystem.listTree(descriptor: fd)
            result.withLock { $0 = listing }
        }
    }

    /// Claims the lister for one staging folder: true the first time only.
    func claim() -> Bool {
        !taken.exchange(true, ordering: .acquiringAndReleasing)
    }

    /// Whether `path` is the folder being listed.
    func lists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && UInt64(st.st_dev) == identity.device && UInt64(st.st_ino) == identity.inode
    }

    /// The listing, waiting for it to finish.
    var listing: FileSystem.TreeListing {
        done.wait()
        return result.withLock { $0 } ?? FileSystem.TreeListing()
    }
}
