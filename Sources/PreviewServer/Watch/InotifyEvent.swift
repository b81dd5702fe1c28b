#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One event read from an inotify descriptor.
struct InotifyEvent: Equatable {
    /// The watch it came from (-1 for a queue overflow).
    var wd: Int32
    /// The IN_* flags.
    var mask: UInt32
    /// The file name within the watched folder; empty for events about the folder itself.
    var name: String

    /// Whether any of `flags` is set.
    func has(_ flags: Int32) -> Bool {
        mask & UInt32(bitPattern: flags) != 0
    }

    /// Splits a buffer of raw `struct inotify_event` records (16-byte header, then a NUL-padded name).
    static func parse(_ bytes: ArraySlice<UInt8>) -> [InotifyEvent] {
        var events: [InotifyEvent] = []
        var offset = bytes.startIndex
        let header = 16
        while offset + header <= bytes.endIndex {
            let field = { (at: Int) -> UInt32 in
                bytes[(offset + at)..<(offset + at + 4)].withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
            }
            let length = Int(field(12))
            let nameEnd = min(offset + header + length, bytes.endIndex)
            let nameBytes = bytes[(offset + header)..<nameEnd].prefix { $0 != 0 }
            events.append(InotifyEvent(
                wd: Int32(bitPattern: field(0)),
                mask: field(4),
                name: String(decoding: nameBytes, as: UTF8.self)))
            offset = nameEnd
        }
        return events
    }
}
