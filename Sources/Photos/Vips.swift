import CVips

/// Every call into libvips and glib, and so every C pointer of the photo work: each image and buffer is released with
/// `defer` in the function that got it. Errors are fixed texts (libvips' error buffer is shared by all threads).
/// libvips is not linked: the first photo header read loads and starts it (`library`), so a command that reads no
/// photo (a warm rebuild whose photos are unchanged, `report`, a photo-free `check`) never pays for its ≈ 120 libraries.
enum Vips {
    /// libvips' functions, looked up once (see the shim).
    typealias Table = UnsafePointer<ShopsiteVips>

    /// libvips' function table once loaded and started, or why not (the first use loads it; Swift runs a static's
    /// initialiser once, and the table is read-only after).
    nonisolated(unsafe) static let library: Result<Table, PhotoError> = load(SHOPSITE_VIPS_LIBRARY)

    /// The library file `name` opened, its functions looked up and libvips started: `libraryMissing` when the file or
    /// a function is not there (libvips is not installed), `libraryUnavailable` when it does not start.
    static func load(_ name: String) -> Result<Table, PhotoError> {
        guard let table = shopsite_vips_load(name) else { return .failure(.libraryMissing) }
        return shopsite_vips_start(table) == 0 ? .success(table) : .failure(.libraryUnavailable)
    }

    /// The most pixels a source may declare (10,000 × 10,000); a larger header is refused before decoding.
    static let maxPixels = 100_000_000

    /// The SHA-256 of `bytes` in lower-case hex (GLib's: libvips is not loaded for it).
    static func sha256(_ bytes: UnsafeRawBufferPointer) -> String {
        let start = bytes.baseAddress?.assumingMemoryBound(to: guchar.self)
        guard let hex = g_compute_checksum_for_data(G_CHECKSUM_SHA256, start, gsize(bytes.count)) else { return "" }
        defer { g_free(hex) }
        return String(cString: hex)
    }

    /// The format and pixel size of the image in `bytes`, from its header; throws for anything not a sane JPEG, PNG or WebP.
    static func header(_ bytes: UnsafeRawBufferPointer) throws(PhotoError) -> (format: PhotoFormat, width: Int, height: Int) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { throw .empty }
        let v = try library.get()
        defer { shopsite_vips_error_clear(v) }
        guard let loader = shopsite_vips_loader(v, base, bytes.count) else { throw .notAnImage }
        guard let format = PhotoFormat(loader: String(cString: loader)) else { throw .unsupportedFormat }
        guard format != .jpeg || JPEGEnd.isComplete(bytes) else { throw .truncatedJPEG }
        guard let image = shopsite_vips_open(v, base, bytes.count) else { throw .unreadableHeader }
        defer { shopsite_vips_unref(v, image) }
        let width = Int(shopsite_vips_width(v, image)), height = Int(shopsite_vips_height(v, image))
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
        let v = try library.get()
        defer { shopsite_vips_error_clear(v) }
        let boxWidth = sizes.map(\.width).max() ?? 64, boxHeight = sizes.map(\.height).max() ?? 64
        var shrunk: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_thumbnail_buffer(v, start, bytes.count, Int32(boxWidth), Int32(boxHeight), &shrunk) == 0,
              let shrunk else { throw .undecodable }
        defer { shopsite_vips_unref(v, shrunk) }
        var flat: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_flat_srgb(v, shrunk, &flat) == 0, let flat else { throw .notConvertible }
        defer { shopsite_vips_unref(v, flat) }
        // Decoded once into memory: a damaged file fails here, and every size is cut from these pixels.
        guard let pixels = shopsite_vips_copy_memory(v, flat) else { throw .undecodable }
        defer { shopsite_vips_unref(v, pixels) }
        var photo = DevelopedPhoto(format: head.format, width: head.width, height: head.height, tone: nil, renditions: [])
        if tone { photo.tone = try measure(pixels, v) }
        for size in sizes { photo.renditions.append(try rendition(of: pixels, size: size, v)) }
        return photo
    }

    /// One size of `image`, encoded as WebP and JPEG.
    private static func rendition(of image: UnsafeMutablePointer<VipsImage>, size: PhotoSize,
                                  _ v: Table) throws(PhotoError) -> DevelopedPhoto.Rendition {
        var cut: UnsafeMutablePointer<VipsImage>?
        let failed = shopsite_vips_thumbnail_image(v, image, Int32(size.width), Int32(size.height), size.fill ? 1 : 0, &cut)
        guard failed == 0, let cut else {
            throw .sizeFailed(size.name)
        }
        defer { shopsite_vips_unref(v, cut) }
        var result = DevelopedPhoto.Rendition(name: size.name, width: Int(shopsite_vips_width(v, cut)),
                                              height: Int(shopsite_vips_height(v, cut)))
        result.webp = try encoded(cut, webp: true, v)
        result.jpeg = try encoded(cut, webp: false, v)
        return result
    }

    /// `image` saved as WebP or JPEG with the fixed settings of the shim.
    private static func encoded(_ image: UnsafeMutablePointer<VipsImage>, webp: Bool, _ v: Table) throws(PhotoError) -> [UInt8] {
        var buffer: UnsafeMutableRawPointer?, length = 0
        let failed = webp ? shopsite_vips_webp(v, image, &buffer, &length) : shopsite_vips_jpeg(v, image, &buffer, &length)
        guard failed == 0, let buffer else { throw .encodingFailed(webp ? "WebP" : "JPEG") }
        defer { g_free(buffer) }
        return Array(UnsafeRawBufferPointer(start: buffer, count: length))
    }

    /// The border tone of `image` (8-bit sRGB), measured on a 64-pixel copy.
    private static func measure(_ image: UnsafeMutablePointer<VipsImage>, _ v: Table) throws(PhotoError) -> BackgroundTone {
        var small: UnsafeMutablePointer<VipsImage>?
        guard shopsite_vips_thumbnail_image(v, image, 64, 64, 0, &small) == 0, let small else { throw .borderUnmeasurable }
        defer { shopsite_vips_unref(v, small) }
        var length = 0
        guard shopsite_vips_bands(v, small) == 3, let raw = shopsite_vips_write_to_memory(v, small, &length) else {
            throw .borderUnmeasurable
        }
        defer { g_free(raw) }
        return BackgroundTone.of(rgb: UnsafeRawBufferPointer(start: raw, count: length),
                                 width: Int(shopsite_vips_width(v, small)), height: Int(shopsite_vips_height(v, small)))
    }
}
