import SiteOutput

/// The checks on a path written in content (an image, a logo, an asset's name) before a page links to it or the
/// build copies it: relative, inside the site, and never read by a browser as a URL scheme.
enum ContentPath {
    /// A logo or image path a page may link to: `isSafe`, and not starting with what a browser reads as a URL scheme
    /// (`https:evil.example/x.png`, `javascript:…`, `data:…`), which `{{ root }}` in front of it cannot make relative
    /// on a page at the site root.
    static func isSafeImage(_ path: String) -> Bool {
        isSafe(path) && !startsWithScheme(path)
    }

    /// Whether `text` starts with `[A-Za-z][A-Za-z0-9+.-]*:`, a URL scheme.
    static func startsWithScheme(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let first = bytes.next(), isLetter(first) else { return false }
        while let byte = bytes.next() {
            if byte == UInt8(ascii: ":") { return true }
            guard isLetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "+")
                || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") else { return false }
        }
        return false
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A relative path without empty, `.` or `..` segments, backslashes, control characters or a leading `/`: the
    /// output folder's rule (`StagingFolder.isSafe`, checked on the UTF-8 bytes, so no combining mark after a slash
    /// can hide a `..` segment) plus the characters a content path may not hold.
    static func isSafe(_ path: String) -> Bool {
        path.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "\\") && $0 != 0x7f } && StagingFolder.isSafe(path)
    }
}
