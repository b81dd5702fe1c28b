/// The raster formats a product photo may be in; anything else libvips could read is refused.
public enum PhotoFormat: String, Sendable, Equatable {
    /// A JPEG photo.
    case jpeg
    /// A PNG image.
    case png
    /// A WebP image.
    case webp

    /// The format of libvips' loader class `loader` (`VipsForeignLoadJpegBuffer`, `…SpngBuffer` …), or nil for one a
    /// shop may not use.
    init?(loader: String) {
        let name = loader.lowercased()
        guard name.hasPrefix("vipsforeignload") else { return nil }
        if name.contains("jpeg") { self = .jpeg } else if name.contains("png") { self = .png }
        else if name.contains("webp") { self = .webp } else { return nil }
    }

    /// Whether `path` names a raster photo by its extension (`.jpg`, `.jpeg`, `.png`, `.webp`, any case).
    /// An ASCII path is read from its bytes (no `Character` walk, no lowercased copy, no array); any other takes the
    /// `Character` rule, which a `.` joined to the character before it (a prepended mark) keeps out of the extension.
    public static func isRaster(_ path: String) -> Bool {
        let bytes = path.utf8
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            guard let dot = path.lastIndex(of: ".") else { return false }
            return ["jpg", "jpeg", "png", "webp"].contains(path[path.index(after: dot)...].lowercased())
        }
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return false }
        var ext: UInt32 = 0, count = 0  // up to four lowercased ASCII letters, packed
        for byte in bytes[bytes.index(after: dot)...] {
            count += 1
            guard count <= 4 else { return false }
            ext = ext << 8 | UInt32(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
        }
        switch (count, ext) {
        case (3, 0x6A_70_67), (4, 0x6A_70_65_67), (3, 0x70_6E_67), (4, 0x77_65_62_70): return true  // jpg jpeg png webp
        default: return false
        }
    }
}
