import Foundation

/// The fingerprint of a printed sheet: 64-bit FNV-1a over its page and the stylesheet, as 16 hex digits. It only
/// decides whether a PDF is printed again, so a non-cryptographic hash is enough.
enum SheetHash {
    /// The hex fingerprint of `parts`, each prefixed by its length so that moving bytes between parts changes it.
    static func hex(_ parts: Data...) -> String { hex(parts) }

    /// The hex fingerprint of the list `parts`, as `hex(_:...)`.
    static func hex(_ parts: [Data]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ byte: UInt8) {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        for part in parts {
            withUnsafeBytes(of: UInt64(part.count).littleEndian) { for byte in $0 { add(byte) } }
            for byte in part { add(byte) }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
