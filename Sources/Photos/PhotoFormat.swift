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
    public static func isRaster(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: ".") else { return false }
        return ["jpg", "jpeg", "png", "webp"].contains(path[path.index(after: dot)...].lowercased())
    }
}
