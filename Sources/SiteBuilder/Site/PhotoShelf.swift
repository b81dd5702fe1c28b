import Photos
import ShopModel
import SiteOutput

/// The developed product photos of a build: per source path (relative to content/), the record of its derived files
/// in the cache, and where each is published (`photos/<source without extension>-<ext>-<size>.webp|.jpg`). The
/// published paths are composed once, when the shelf is made, for the links and for every page that shows the photo.
struct PhotoShelf: Sendable {
    /// The theme's sizes, in its order.
    let sizes: [PhotoSize]
    /// Per raster source path, its developed photo and published paths.
    let records: [String: ShelvedPhoto]
    /// The shelved sources in UTF-8 byte order: the order their files are linked in (a later one wins a shared name).
    let order: [String]

    /// A shelf of `records` made in `sizes`; `sorted`, when given, lists their sources in UTF-8 byte order (as
    /// `ProductPhotos.rasterPaths` does), else they are sorted here.
    init(sizes: [PhotoSize] = [], records: [String: PhotoRecord] = [:], sorted: [String]? = nil) {
        self.sizes = sizes
        var shelved: [String: ShelvedPhoto] = [:]
        shelved.reserveCapacity(records.count)
        var order: [String] = []
        order.reserveCapacity(records.count)
        for source in sorted ?? records.keys.sorted(by: UTF8Order.precedes) {
            guard let record = records[source] else { continue }
            shelved[source] = ShelvedPhoto(source: source, record: record)
            order.append(source)
        }
        if sorted != nil, !UTF8Order.isSorted(order) { order.sort(by: UTF8Order.precedes) }
        self.records = shelved
        self.order = order
    }

    /// The published path of `source`'s rendition `size`: the extension kept as a segment, so `a.jpg` and `a.png`
    /// never share a name.
    static func outputPath(_ source: String, size: String, webp: Bool) -> String {
        outputStem(source) + size + (webp ? ".webp" : ".jpg")
    }

    /// What the published renditions of `source` begin with (`photos/<source without extension>-<ext>-`).
    static func outputStem(_ source: String) -> String {
        let bytes = source.utf8
        if let stem = asciiStem(source) { return stem }
        var path = "photos/"
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")) {
            path += String(decoding: bytes[..<dot], as: UTF8.self) + "-"
            path += String(decoding: bytes[bytes.index(after: dot)...], as: UTF8.self).lowercased()
        } else {
            path += source
        }
        return path + "-"
    }

    /// `outputStem` of an ASCII source, written byte by byte into one string (its extension lowercased by ASCII
    /// rules, which are Unicode's for ASCII letters); nil for any other source.
    static func asciiStem(_ source: String) -> String? {
        var source = source
        return source.withUTF8 { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            var dot = bytes.count
            while dot > 0 && bytes[dot - 1] != UInt8(ascii: ".") { dot -= 1 }
            dot -= 1  // -1: no dot
            return String(unsafeUninitializedCapacity: bytes.count + 9) { buffer in
                var used = 0
                for byte in "photos/".utf8 {
                    buffer[used] = byte
                    used += 1
                }
                for (i, byte) in bytes.enumerated() {
                    buffer[used] = i == dot ? UInt8(ascii: "-")
                        : i > dot && dot >= 0 && byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                    used += 1
                }
                buffer[used] = UInt8(ascii: "-")
                return used + 1
            }
        }
    }

    /// Every derived file as a link of its cache file at its published path, by source (in UTF-8 byte order) and the
    /// theme's order, WebP before JPEG.
    var links: [CacheLink] {
        var found: [CacheLink] = []
        found.reserveCapacity(records.count * 2 * (sizes.isEmpty ? 3 : sizes.count))
        for source in order {
            guard let shelved = records[source] else { continue }
            shelved.appendLinks(to: &found)
        }
        return found
    }

    /// The published JPEG of `source`'s first size (the catalog card's, for the search results), nil when not developed.
    func cardImage(_ source: String) -> String? {
        records[source]?.renditions.first?.jpeg
    }

    /// What the photo checks need of `source`, or nil when it is not a developed photo.
    func facts(_ source: String) -> ImageFacts? {
        guard let record = records[source]?.record else { return nil }
        let photo = record.photo
        return ImageFacts(width: photo.width, height: photo.height, byteSize: record.byteSize,
                          border: photo.tone.map { ($0.mean, $0.spread) }, whiteBackground: photo.tone?.isWhite)
    }
}
