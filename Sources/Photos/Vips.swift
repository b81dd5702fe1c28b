import CVips

/// Every call into libvips and glib, and so every C pointer of the photo work: each image and buffer is released with
/// `defer` in the function that got it. Errors are fixed texts (libvips' error buffer is shared by all threads).
enum Vips {
    /// True once libvips started (the first use starts it; Swift runs a static's initialiser once).
    static let started: Bool = shopsite_vips_start() == 0

    /// The most pixels a source may declare (10,000 × 10,000); a larger header is refused before decoding.
    static let maxPixels = 100_000_000

    /// The SHA-256 of `bytes` in lower-case hex.
    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        let start = bytes.baseAddress?.assumingMemoryBound(to: guchar.self)
        guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, start, gsize(bytes.count)) else { return "" }
        defer { g_free(hex) }
        return String(cString: hex)
    }

    /// The format and pixel size of the image in `bytes`, from its header; throws for anything not a sane JPEG, PNG or WebP.
    static func header(_ bytes: UnsafeRawBufferPointer) throws(PhotoError) -> (format: PhotoFormat, width: Int, height: Int) {
        guard started else { throw .libraryUnavailable }
        guard let base = bytes.baseAddress, bytes.count > 0 else { throw .empty }
        defer { vips_error_clear() }
        guard let loader = vips_foreign_find_load_buffer(base, bytes.count) else { throw .notAnImage }
        guard let format = PhotoFormat(loader: String(cString: loader)) else { throw .unsupportedFormat }
        guard format != .jpeg || JPEGEnd.isComplete(bytes) else { throw .truncatedJPEG }
        guard let image = shopsite_vips_open(base, bytes.count) else { throw .unreadableHeader }
        defer { g_object_unref(image) }
        let width = Int(vips_image_get_width(image)), height = Int(vips_image_get_height(image))
        guard width > 0, height > 0, !width.multipliedReportingOverflow(by: height).overflow, width * height <= maxPixels,
              true else {
            throw .tooManyPixels(width: width, height: height)
        }
        return (format, width, height)
    }

    /// Decodes `bytes` once and makes every size of `sizes` as WebP and JPEG; measures the border when `tone`.
    static func develop(_ bytes: UnsafeRawBufferPointer, sizes: [PhotoSize], tone: Bool) throws(PhotoError) -> DevelopedPhoto {
        let head = try header(bytes)
        guard let start = bytes.baseAddress else { throw .empty }
        defer { vips_error_clear() }
        let boxWidth = sizes.map(\.width).max() ?? 64, boxHeight = sizes.map(\.height).max() ?? 64
        var shrunk: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_thumbnail_buffer(start, bytes.count, Int32(boxWidth), Int32(boxHeight), &shrunk) == 0,
              let shrunk else { throw .undecodable }
        defer { g_object_unref(shrunk) }
        var flat: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_flat_srgb(shrunk, &flat) == 0, let flat else { throw .notConvertible }
        defer { g_object_unref(flat) }
        // Decoded once into memory: a damaged file fails here, and every size is cut from these pixels.
        guard let pixels = vips_image_copy_memory(flat) else { throw .undecodable }
        defer { g_object_unref(pixels) }
        var photo = DevelopedPhoto(format: head.format, width: head.width, height: head.height, tone: nil, renditions: [])
        if tone { photo.tone = try measure(pixels) }
        for size in sizes { photo.renditions.append(try rendition(of: pixels, size: size)) }
        return photo
    }

    /// One size of `image`, encoded as WebP and JPEG.
    private static func rendition(of image: UnsafeMutablePointer<VipsImage>, size: PhotoSize) throws(PhotoError) -> DevelopedPhoto.Rendition {
        var cut: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_thumbnail_image(image, Int32(size.width), Int32(size.height), size.fill ? 1 : 0, &cut) == 0, let cut else {
            throw .sizeFailed(size.name)
        }
        defer { g_object_unref(cut) }
        var result = DevelopedPhoto.Rendition(name: size.name, width: Int(vips_image_get_width(cut)), height: Int(vips_image_get_height(cut)))
        result.webp = try encoded(cut, webp: true)
        result.jpeg = try encoded(cut, webp: false)
        return result
    }

    /// `image` saved as WebP or JPEG with the fixed settings of the shim.
    private static func encoded(_ image: UnsafeMutablePointer<VipsImage>, webp: Bool) throws(PhotoError) -> [UInt8] {
        var buffer: UnsafeMutableRawPointer?, length = 0
        let failed = webp ? shopsite_vips_webp(image, &buffer, &length) : shopsite_vips_jpeg(image, &buffer, &length)
        guard failed == 0, let buffer else { throw .encodingFailed(webp ? "WebP" : "JPEG") }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// The border tone of `image` (8-bit sRGB), measured on a 64-pixel copy.
    private static func measure(_ image: UnsafeMutablePointer<VipsImage>) throws(PhotoError) -> BackgroundTone {
        var small: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_thumbnail_image(image, 64, 64, 0, &small) == 0, let small else { throw .borderUnmeasurable }
        defer { g_object_unref(small) }
        var length = 0
        guard vips_image_get_bands(small) == 3, let raw = vips_image_write_to_memory(small, &length) else {
            throw .borderUnmeasurable
        }
        defer { g_free(raw) }
        return BackgroundTone.of(rgb: UnsafeRawBufferPointer(start: raw, count: length), width: Int(vips_image_get_width(small)),
                                 height: Int(vips_image_get_height(small)))
    }
}
