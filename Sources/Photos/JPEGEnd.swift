/// Whether a JPEG's data is whole: libvips 8.14 lets a truncated JPEG through with a warning (the missing rows grey),
/// so the segments are walked from SOI to the first SOS and the scan data must be followed by an EOI marker (`FF D9`,
/// which entropy-coded data cannot contain: a data byte `FF` is always followed by `00` or a restart marker).
enum JPEGEnd {
    /// True when `bytes` is a JPEG whose first scan is followed by an end-of-image marker.
    static func isComplete(_ bytes: UnsafeRawBufferPointer) -> Bool {
        guard bytes.count >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return false }
        var at = 2
        // Marker segments up to the first start-of-scan.
        while at + 4 <= bytes.count {
            guard bytes[at] == 0xFF else { return false }
            let marker = bytes[at + 1]
            if marker == 0xFF { at += 1; continue }  // fill byte
            let length = Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
            guard length >= 2 else { return false }
            at += 2 + length
            if marker == 0xDA { break }
        }
        guard at < bytes.count else { return false }
        var i = at
        while i + 1 < bytes.count {
            if bytes[i] == 0xFF && bytes[i + 1] == 0xD9 { return true }
            i += 1
        }
        return false
    }
}
