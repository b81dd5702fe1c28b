import Photos
import ShopModel

/// The developed product photos of a build: per source path (relative to content/), the record of its derived files
/// in the cache, and where each is published (`photos/<source without extension>-<ext>-<size>.webp|.jpg`).
struct PhotoShelf: Sendable {
    /// The theme's sizes, in its order.
    let sizes: [PhotoSize]
    /// Per raster source path, its developed photo.
    let records: [String: PhotoRecord]

    /// A shelf of `records` made in `sizes`.
    init(sizes: [PhotoSize] = [], records: [String: PhotoRecord] = [:]) {
        self.sizes = sizes
        self.records = records
    }

    /// The published path of `source`'s rendition `size`: the extension kept as a segment, so `a.jpg` and `a.png`
    /// never share a name.
    static func outputPath(_ source: String, size: String, webp: Bool) -> String {
        outputStem(source) + size + (webp ? ".webp" : ".jpg")
    }

    /// What the published renditions of `source` begin with (`photos/<source without extension>-<ext>-`).
    static func outputStem(_ source: String) -> String {
        let bytes = source.utf8
        var path = "photos/"
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")) {
            path += String(decoding: bytes[..<dot], as: UTF8.self) + "-"
            path += String(decoding: bytes[bytes.index(after: dot)...], as: UTF8.self).lowercased()
        } else {
            path += source
        }
        return path + "-"
    }

    /// Every derived file as (cache file, published path), by source path (in UTF-8 byte order) and the theme's order.
    var files: [(from: CacheFile, to: String)] {
        var found: [(from: CacheFile, to: String)] = []
        found.reserveCapacity(records.count * 2 * (sizes.isEmpty ? 3 : sizes.count))
        for source in records.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            guard let record = records[source] else { continue }
            let stem = PhotoShelf.outputStem(source)
            for (i, rendition) in record.photo.renditions.enumerated() where i < record.webpFiles.count && i < record.jpegFiles.count {
                found.append((record.webpFiles[i], stem + rendition.name + ".webp"))
                found.append((record.jpegFiles[i], stem + rendition.name + ".jpg"))
            }
        }
        return found
    }

    /// The published JPEG of `source`'s first size (the catalog card's, for the search results), nil when not developed.
    func cardImage(_ source: String) -> String? {
        guard let first = records[source]?.photo.renditions.first else { return nil }
        return PhotoShelf.outputPath(source, size: first.name, webp: false)
    }

    /// What the photo checks need of `source`, or nil when it is not a developed photo.
    func facts(_ source: String) -> ImageFacts? {
        guard let record = records[source] else { return nil }
        let photo = record.photo
        return ImageFacts(width: photo.width, height: photo.height, byteSize: record.byteSize,
                          border: photo.tone.map { ($0.mean, $0.spread) }, whiteBackground: photo.tone?.isWhite)
    }
}
