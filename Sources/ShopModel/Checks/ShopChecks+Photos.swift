import Diagnostics

extension ShopChecks {
    /// The guide's main image is at least this many pixels on each side.
    public static let minimumMainImageSide = 800
    /// An image larger than this many bytes (5 MB) slows the page and is refused by the platform's uploader.
    public static let maximumImageBytes = 5 * 1024 * 1024

    /// The guide's photo warnings of `product`, at its `images:` line: a main image under 800 × 800, not square (a
    /// hint) or not on a white background; any image over 5 MB. `facts` gives what the build measured (nil: not a
    /// raster photo, or missing, which other checks report).
    public static func photoWarnings(_ product: Product, facts: (String) -> ImageFacts?) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let at = product.source.location(of: "images")
        if let main = product.images.first, let image = facts(main) {
            let size = ["image": main, "width": "\(image.width)", "height": "\(image.height)"]
            if image.width < minimumMainImageSide || image.height < minimumMainImageSide {
                found.append(.warning("W-MAIN-IMAGE-SMALL", size.merging(["minimum": "\(minimumMainImageSide)"]) { a, _ in a }, at: at))
            }
            if image.width != image.height { found.append(.warning("W-MAIN-IMAGE-NOT-SQUARE", size, at: at)) }
            if image.whiteBackground == false, let border = image.border {
                found.append(.warning("W-MAIN-IMAGE-BACKGROUND", ["image": main, "mean": decimal(border.mean),
                                                                  "spread": decimal(border.spread)], at: at))
            }
        }
        var seen: Set<String> = []
        for path in product.images where seen.insert(path).inserted {
            guard let image = facts(path), image.byteSize > maximumImageBytes else { continue }
            found.append(.warning("W-IMAGE-TOO-LARGE", ["image": path, "size": megabytes(image.byteSize)], at: at))
        }
        return found
    }

    /// `value` with one decimal, rounded half away from zero (`0.5` → `1`… at the tenth).
    static func decimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded(.toNearestOrAwayFromZero))
        return "\(tenths / 10).\(abs(tenths % 10))"
    }

    /// `bytes` in MB (1,048,576 bytes) with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 524_288) / 1_048_576
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
