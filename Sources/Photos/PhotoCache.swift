import Foundation

/// The derived files and facts of developed photos under `SHOP/.shopsite-cache/images/` (or the fallback of a
/// read-only shop, see `PhotoCacheFolder`), keyed by the source's SHA-256
/// and the parameters; plus `stamps.tsv`, which maps a source's path, size, modification and change times and inode to
/// its hash, its facts and its derived files' inodes, so a rebuild with unchanged photos reads none of them, nor any
/// facts file, and looks at the cache only through one read of its folder.
public struct PhotoCache: Sendable {
    /// The cache folder.
    public let folder: String
    /// The key part that names the sizes and the encoder settings.
    let parameters: String
    /// The sizes' names, shared by every record read from `stamps.tsv` instead of a string each.
    let sizeNames: [String]

    /// The cache in `folder` (see `PhotoCacheFolder`) for `sizes`.
    public init(folder: String, sizes: [PhotoSize]) {
        self.folder = folder
        sizeNames = sizes.map(\.name)
        var text = "v1 webp-q80-e4 jpeg-q82-opt"
        for size in sizes { text += " \(size.name):\(size.width)x\(size.height):\(size.fill ? "fill" : "fit")" }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        parameters = String(hash, radix: 16)
    }

    /// The file of `key`'s facts.
    func factsFile(_ sha: String) -> String { folder + "/" + sha + "-" + parameters + ".facts" }

    /// The file of one rendition of `sha`.
    func renditionFile(_ sha: String, _ name: String, webp: Bool) -> String {
        renditionStem(sha) + name + (webp ? ".webp" : ".jpg")
    }

    /// What the rendition files of `sha` begin with (`FOLDER/SHA-PARAMETERS-`), the size's name and extension follow.
    func renditionStem(_ sha: String) -> String {
        var stem = ""
        stem.reserveCapacity(folder.utf8.count + sha.utf8.count + parameters.utf8.count + 3)
        stem += folder
        stem += "/"
        stem += sha
        stem += "-"
        stem += parameters
        stem += "-"
        return stem
    }

    /// The record kept for `sha`, when its facts and every file are there (each file's inode seen with one `lstat`).
    func record(_ sha: String, byteSize: Int) -> PhotoRecord? {
        guard let data = FileManager.default.contents(atPath: factsFile(sha)),
              let photo = FactsText.decode(String(decoding: data, as: UTF8.self)) else { return nil }
        var webp: [CacheFile] = [], jpeg: [CacheFile] = []
        for rendition in photo.renditions {
            guard let w = CacheFile.seen(renditionFile(sha, rendition.name, webp: true)),
                  let j = CacheFile.seen(renditionFile(sha, rendition.name, webp: false)) else { return nil }
            webp.append(w)
            jpeg.append(j)
        }
        return PhotoRecord(photo: photo, byteSize: byteSize, webpFiles: webp, jpegFiles: jpeg)
    }

    /// The inodes of the files in the cache folder, as its entries give them (`d_ino`; one directory read and no
    /// string made: how a rebuild checks that the derived files `stamps.tsv` vouches for are still there, as the very
    /// inodes it recorded, without looking at each). A file deleted or replaced by a new one (another inode) is missing.
    func fileInodes() -> Set<UInt64> {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var inodes: Set<UInt64> = []
        while let entry = readdir(directory) {
            let type = Int32(entry.pointee.d_type)
            if type == Int32(DT_REG) || type == Int32(DT_UNKNOWN) { inodes.insert(UInt64(entry.pointee.d_ino)) }
        }
        return inodes
    }

    /// Stores `photo`'s files and then its facts (the facts last, so a record is whole or absent).
    func store(_ photo: DevelopedPhoto, sha: String, byteSize: Int) -> PhotoRecord? {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for rendition in photo.renditions {
            guard write(rendition.webp, to: renditionFile(sha, rendition.name, webp: true)),
                  write(rendition.jpeg, to: renditionFile(sha, rendition.name, webp: false)) else { return nil }
        }
        guard write(Array(FactsText.encode(photo).utf8), to: factsFile(sha)) else { return nil }
        return record(sha, byteSize: byteSize)
    }

    /// Writes `bytes` to a temporary file and renames it over `path`, so a reader never sees half a file.
    func write(_ bytes: [UInt8], to path: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())-\(UInt(bitPattern: Thread.current.hash))"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else { return false }
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }
}
