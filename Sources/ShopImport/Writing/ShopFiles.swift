#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading whole files for an import (the export, the map, the files it updates).
public enum ShopFiles {
    /// The most bytes an export or a file it updates may have.
    public static let maximumBytes = 1 << 30

    /// The file's bytes, or nil when it cannot be read (missing, a folder, too large).
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) <= maximumBytes else { return nil }
        let size = Int(info.st_size)
        // One read into a buffer of the file's size (one byte more, to notice a file that grew since `fstat`).
        var filled = true
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
            while count < buffer.count {
                let got = Glibc.read(fd, buffer.baseAddress.map { $0 + count }, buffer.count - count)
                if got < 0 { if errno == EINTR { continue }; filled = false; return }
                if got == 0 { return }
                count += got
            }
        }
        guard filled else { return nil }
        guard bytes.count > size else { return bytes }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 { if errno == EINTR { continue }; return nil }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[..<count])
            guard bytes.count <= maximumBytes else { return nil }
        }
    }
}
