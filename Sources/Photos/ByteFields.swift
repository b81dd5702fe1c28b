#if canImport(Glibc)
import Glibc
#endif

/// Reading and splitting ASCII text held as bytes, for `stamps.tsv` and the facts: a plain loop over one concrete
/// type, since the standard `split` calls its separator test through a closure for every byte.
enum ByteFields {
    /// The parts of `bytes` between `separator`s, at most `limit` + 1 of them (the last one keeps the rest), empty
    /// parts included.
    static func split(_ bytes: ArraySlice<UInt8>, _ separator: UInt8, limit: Int = .max) -> [ArraySlice<UInt8>] {
        var parts: [ArraySlice<UInt8>] = [], start = bytes.startIndex, i = bytes.startIndex
        while i < bytes.endIndex && parts.count < limit {
            if bytes[i] == separator {
                parts.append(bytes[start..<i])
                start = i + 1
            }
            i += 1
        }
        parts.append(bytes[start...])
        return parts
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
