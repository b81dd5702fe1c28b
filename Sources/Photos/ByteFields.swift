#if canImport(Glibc)
import Glibc
#endif

/// Reading ASCII text held as bytes, for `stamps.tsv` and the facts: plain loops over one concrete type (the standard
/// `split` calls its separator test through a closure for every byte, and makes an array of slices, each a retain).
enum ByteFields {
    /// The index of the first `separator` in `text` from `start` on (before `end`, the whole buffer by default), or
    /// `end` when there is none.
    static func end(of separator: UInt8, in text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil) -> Int {
        let end = end ?? text.count
        guard start < end, let base = text.baseAddress, let found = memchr(base + start, Int32(separator), end - start) else { return end }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// `a`, `b` and `c` joined into one string, its storage made once at its full size and filled by copying bytes.
    static func joined(_ a: String, _ b: String, _ c: String) -> String {
        var a = a, b = b, c = c
        let count = a.utf8.count + b.utf8.count + c.utf8.count
        return a.withUTF8 { x in
            b.withUTF8 { y in
                c.withUTF8 { z in
                    String(unsafeUninitializedCapacity: count) { buffer in
                        var used = 0
                        func put(_ part: UnsafeBufferPointer<UInt8>) {
                            _ = UnsafeMutableBufferPointer(rebasing: buffer[used...]).initialize(from: part)
                            used += part.count
                        }
                        put(x)
                        put(y)
                        put(z)
                        return used
                    }
                }
            }
        }
    }

    /// Whether `text[range]` holds exactly the UTF-8 bytes of `word`.
    static func equal(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: StaticString) -> Bool {
        guard range.count == word.utf8CodeUnitCount else { return false }
        guard let base = text.baseAddress, range.count > 0 else { return true }
        return memcmp(base + range.lowerBound, word.utf8Start, range.count) == 0
    }

    /// Whether `text[range]` holds exactly the UTF-8 bytes of `word`.
    static func equal(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ word: String) -> Bool {
        guard range.count == word.utf8.count else { return false }
        var word = word
        return word.withUTF8 { bytes in
            guard let base = text.baseAddress, let other = bytes.baseAddress, range.count > 0 else { return true }
            return memcmp(base + range.lowerBound, other, range.count) == 0
        }
    }

    /// The bytes of the file at `path`, read straight into one array (no `Data` made and copied), or nil when it
    /// cannot be opened or read.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1), used = 0
        while true {
            if used == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return -1 }
                return read(fd, base + used, raw.count - used)
            }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { return nil }
            if n == 0 { break }
            used += n
        }
        bytes.removeSubrange(used...)
        return bytes
    }
}
