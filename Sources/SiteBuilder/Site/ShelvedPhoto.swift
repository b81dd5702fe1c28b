import Photos
import SiteOutput

/// One developed photo on the build's shelf: its record and, per rendition the record has cache files for, the
/// published paths of its WebP and JPEG, composed once.
struct ShelvedPhoto: Sendable, Equatable {
    /// One rendition's name, pixel size and published paths.
    struct Rendition: Sendable, Equatable {
        let name: String
        let width: Int
        let height: Int
        let webp: String
        let jpeg: String
    }

    /// The record from the photo cache.
    let record: PhotoRecord
    /// The renditions that have both cache files, in the theme's order.
    let renditions: [Rendition]
    /// Whether the published paths were composed from a safe content path and plain names (`CacheLink.pathChecked`):
    /// the source passed `ContentPath.isSafeImage` and every rendition name is ASCII letters, digits and `_`.
    let pathsChecked: Bool

    /// `record` of the photo at `source`, its published paths composed.
    init(source: String, record: PhotoRecord) {
        self.record = record
        var stem = Array(PhotoShelf.outputStem(source).utf8)
        var renditions: [Rendition] = [], plain = ContentPath.isSafeImage(source)
        let count = min(record.photo.renditions.count, record.webpFiles.count, record.jpegFiles.count)
        renditions.reserveCapacity(count)
        for rendition in record.photo.renditions.prefix(count) {
            plain = plain && PhotoSize.isPlainName(rendition.name)
            renditions.append(Rendition(name: rendition.name, width: rendition.width, height: rendition.height,
                                        webp: Self.path(&stem, rendition.name, ".webp"), jpeg: Self.path(&stem, rendition.name, ".jpg")))
        }
        self.renditions = renditions
        pathsChecked = plain
    }

    /// Appends the links of the derived files (per rendition its WebP, then its JPEG).
    func appendLinks(to links: inout [CacheLink]) {
        for (i, rendition) in renditions.enumerated() {
            let webp = record.webpFiles[i], jpeg = record.jpegFiles[i]
            links.append(CacheLink(source: webp.path, device: webp.device, inode: webp.inode, relativePath: rendition.webp,
                                   pathChecked: pathsChecked))
            links.append(CacheLink(source: jpeg.path, device: jpeg.device, inode: jpeg.inode, relativePath: rendition.jpeg,
                                   pathChecked: pathsChecked))
        }
    }

    /// `stem` + `name` + `ext` as one string, made in one allocation (what `stem + name + ext` spells).
    static func path(_ stem: inout [UInt8], _ name: String, _ ext: StaticString) -> String {
        let start = stem.count
        stem.append(contentsOf: name.utf8)
        stem.append(contentsOf: UnsafeBufferPointer(start: ext.utf8Start, count: ext.utf8CodeUnitCount))
        defer { stem.removeSubrange(start...) }
        return String(decoding: stem, as: UTF8.self)
    }
}
