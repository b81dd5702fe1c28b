#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable byte buffer that whole files are read into, one after another, without a new allocation per file
/// (each decoding worker owns one; it is never shared between threads).
final class FileBuffer {
    private var storage: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// How many bytes the last read left in the buffer.
    private(set) var count = 0
    /// The folder of the last file read (its path bytes) and a descriptor of it, so that the next file of the
    /// same folder is opened by name (openat) instead of the kernel walking its whole path again.
    private var folder: [UInt8] = []
    private var folderDescriptor: Int32 = -1

    /// An empty buffer with room for a typical content file.
    init(capacity: Int = 65_536) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit {
        if folderDescriptor >= 0 { close(folderDescriptor) }
        storage.deallocate()
    }

    /// The bytes of the last file read (valid until the next read); writable so they can be normalised in place.
    var bytes: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: storage, count: count) }

    /// Reads the whole file at `path`, replacing the old content; false when it cannot be opened or read.
    /// A small file costs three system calls: open, one read, close (a read of a regular file that
    /// comes back short has reached the end; a full one is followed by another).
    func read(_ path: String) -> Bool {
        let fd = openFile(path)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        count = 0
        while true {
            if count == capacity { grow() }
            let room = capacity - count
            let n = readBytes(fd, storage + count, room)
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            count += n
            if n < room { return true }
        }
    }

    /// Opens `path` for reading: by name inside its folder when the folder can be held open, else by the whole path.
    private func openFile(_ path: String) -> Int32 {
        let utf8 = path.utf8
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")), slash != utf8.startIndex else {
            return open(path, O_RDONLY | O_CLOEXEC)
        }
        let length = utf8.distance(from: utf8.startIndex, to: slash)
        return path.withCString { whole in
            let same = folder.count == length && folder.withUnsafeBufferPointer { $0.baseAddress.map { memcmp($0, whole, length) == 0 } ?? false }
            if !same {
                if folderDescriptor >= 0 { close(folderDescriptor) }
                folder = Array(utf8[..<slash])
                folderDescriptor = String(decoding: folder, as: UTF8.self).withCString {
                    open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                }
            }
            guard folderDescriptor >= 0 else { return open(whole, O_RDONLY | O_CLOEXEC) }
            return openat(folderDescriptor, whole + length + 1, O_RDONLY | O_CLOEXEC)
        }
    }

    private func grow() {
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: storage, count: count)
        storage.deallocate()
        storage = larger
        capacity *= 2
    }
}

/// read(2), named apart from `FileBuffer.read`.
private func readBytes(_ fd: Int32, _ into: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(fd, into, count)
}
