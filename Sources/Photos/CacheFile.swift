import Foundation

/// One derived file in the photo cache and the inode it was when last seen (device, inode, size, modification time):
/// the site keeps its hard link to that inode after one `lstat` of the link, without looking at the cache file.
public struct CacheFile: Sendable, Equatable {
    /// The file's path.
    public var path: String
    /// The file system's device number.
    public var device: UInt64
    /// The inode number.
    public var inode: UInt64
    /// The size in bytes.
    public var size: Int64
    /// The modification time, whole seconds.
    public var seconds: Int64
    /// The modification time, nanoseconds within the second.
    public var nanoseconds: Int64

    /// The regular file at `path` as it is now (one `lstat`), or nil when it is missing or not a regular file.
    static func seen(_ path: String) -> CacheFile? {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return CacheFile(path: path, device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
                         seconds: Int64(info.st_mtim.tv_sec), nanoseconds: Int64(info.st_mtim.tv_nsec))
    }

    /// The `stat` fields a staging folder compares with the link it finds (device, inode, size, modification time).
    public var status: stat {
        var info = stat()
        info.st_dev = numericCast(device)
        info.st_ino = numericCast(inode)
        info.st_size = numericCast(size)
        info.st_mtim = timespec(tv_sec: numericCast(seconds), tv_nsec: numericCast(nanoseconds))
        info.st_mode = S_IFREG
        return info
    }

    /// `device:inode:size:seconds:nanoseconds`, as `stamps.tsv` keeps it.
    var text: String { "\(device):\(inode):\(size):\(seconds):\(nanoseconds)" }

    /// The file at `path` described by `text` (`CacheFile.text`'s bytes), or nil when it is not five numbers.
    init?(path: String, text: some Collection<UInt8>) {
        // The five numbers go into a fixed tuple, not an array: a rebuild reads one per derived file.
        var numbers: (UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0), count = 0, value: UInt64 = 0, digits = 0
        func take() -> Bool {
            guard digits > 0, count < 5 else { return false }
            switch count {
            case 0: numbers.0 = value
            case 1: numbers.1 = value
            case 2: numbers.2 = value
            case 3: numbers.3 = value
            default: numbers.4 = value
            }
            count += 1
            value = 0; digits = 0
            return true
        }
        for byte in text {
            if byte == UInt8(ascii: ":") {
                guard take() else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), digits < 19 else { return nil }
                value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
                digits += 1
            }
        }
        // A damaged `stamps.tsv` may hold 19-digit numbers past Int64: refused, not trapped on.
        guard take(), count == 5, let size = Int64(exactly: numbers.2), let seconds = Int64(exactly: numbers.3),
              let nanoseconds = Int64(exactly: numbers.4) else { return nil }
        self.init(path: path, device: numbers.0, inode: numbers.1, size: size, seconds: seconds, nanoseconds: nanoseconds)
    }

    /// A file described field by field.
    init(path: String, device: UInt64, inode: UInt64, size: Int64, seconds: Int64, nanoseconds: Int64) {
        self.path = path
        self.device = device
        self.inode = inode
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
    }
}
