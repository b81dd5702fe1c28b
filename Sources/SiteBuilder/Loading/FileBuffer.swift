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

    /// An empty buffer with room for a typical content file.
    init(capacity: Int = 65_536) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// The bytes of the last file read (valid until the next read); writable so they can be normalised in place.
    var bytes: UnsafeMutableBufferPointer<UInt8> { UnsafeMutableBufferPointer(start: storage, count: count) }

    /// Reads the whole file at `path`, replacing the old content; false when it cannot be opened or read.
    /// A small file costs three system calls: open, one read, close (a read of a regular file that
    /// comes back short has reached the end; a full one is followed by another).
    func read(_ path: String) -> Bool {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
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
