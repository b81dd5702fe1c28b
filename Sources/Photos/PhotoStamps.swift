import Foundation

/// `stamps.tsv` of the photo cache: per source path, its size, modification and change times and inode, the SHA-256
/// they vouch for and, for the cache's current sizes, the photo's facts and the inode of each derived file. A source
/// whose stamp matches is not read again, nor are its facts file and derived files: one read of the cache folder
/// checks that they are still there. Any change of the stamp reads and hashes the source anew; the change time
/// (which no tool can set back) notices a photo replaced by another of the same size and modification time.
struct PhotoStamps: Sendable {
    /// One source's stamp, hash and (when its facts and files are known for the current sizes) its record.
    struct Entry: Sendable, Equatable {
        /// `size mtime ctime inode` of the source.
        var stamp: String
        /// The source's SHA-256.
        var sha: String
        /// The developed photo (its `byteSize` the stamp's size).
        var record: PhotoRecord?
    }

    /// The first line of the current format: its version and the cache's sizes the records are for.
    static func header(_ cache: PhotoCache) -> String { "shopsite-stamps 2 " + cache.parameters }

    /// Per path, its entry.
    var entries: [String: Entry] = [:]
    /// Whether the file read was of another format or other sizes (so it is written anew).
    var outdated = false

    /// The stamps stored in `cache`'s folder, or none; records only when they are for `cache`'s sizes (an older
    /// `stamps.tsv`, of `size mtime inode`, still names each path's hash; its stamps no longer match). Read as bytes.
    init(cache: PhotoCache) {
        guard let bytes = ByteFields.contents(of: cache.folder + "/stamps.tsv") else { return }
        let tab = UInt8(ascii: "\t")
        let lines = ByteFields.split(bytes[...], UInt8(ascii: "\n")).filter { !$0.isEmpty }
        entries.reserveCapacity(lines.count)
        let current = lines.first.map { $0.elementsEqual(PhotoStamps.header(cache).utf8) } ?? false
        outdated = !current
        for line in lines.dropFirst(current ? 1 : 0) {
            let fields = ByteFields.split(line, tab, limit: current ? 4 : 2)
            guard fields.count == (current ? 5 : 3), let path = fields.last else { continue }
            let stamp = String(decoding: fields[0], as: UTF8.self), sha = String(decoding: fields[1], as: UTF8.self)
            let byteSize = Int(String(decoding: fields[0].prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)) ?? 0
            let record = current ? PhotoStamps.record(sha, facts: fields[2], files: fields[3], byteSize: byteSize, cache: cache) : nil
            entries[String(decoding: path, as: UTF8.self)] = Entry(stamp: stamp, sha: sha, record: record)
        }
    }

    /// The record of `facts` (the facts file's lines joined by `;`) and `files` (each derived file, WebPs then JPEGs,
    /// as `CacheFile.text`, joined by `,`), or nil when either is `-` or malformed.
    static func record(_ sha: String, facts: ArraySlice<UInt8>, files: ArraySlice<UInt8>, byteSize: Int, cache: PhotoCache) -> PhotoRecord? {
        guard let photo = FactsText.decode(facts, lineBreak: UInt8(ascii: ";")) else { return nil }
        let texts = ByteFields.split(files, UInt8(ascii: ","))
        let count = photo.renditions.count
        guard texts.count == 2 * count else { return nil }
        var webp: [CacheFile] = [], jpeg: [CacheFile] = []
        let stem = cache.renditionStem(sha)
        for (i, rendition) in photo.renditions.enumerated() {
            guard let w = CacheFile(path: stem + rendition.name + ".webp", text: texts[i]),
                  let j = CacheFile(path: stem + rendition.name + ".jpg", text: texts[count + i]) else { return nil }
            webp.append(w)
            jpeg.append(j)
        }
        return PhotoRecord(photo: photo, byteSize: byteSize, webpFiles: webp, jpegFiles: jpeg)
    }

    /// The stamp of the file at `path` (`size mtime.nsec ctime.nsec inode`) and its size, or nil when it is not a
    /// regular file.
    static func stamp(of path: String) -> (stamp: String, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return stamp(from: info)
    }

    /// The stamp of a file whose `stat` is `info`, or nil when it is not a regular file.
    static func stamp(from info: stat) -> (stamp: String, size: Int)? {
        guard info.st_mode & S_IFMT == S_IFREG else { return nil }
        let stamp = "\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec) \(info.st_ino)"
        return (stamp, Int(info.st_size))
    }

    /// Writes the stamps, sorted by path, through `cache` (atomically), in the current format.
    func save(_ cache: PhotoCache) {
        var text = PhotoStamps.header(cache) + "\n"
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            var facts = "-", files = "-"
            if let record = entry.record {
                facts = FactsText.encode(record.photo).split(separator: "\n").joined(separator: ";")
                files = record.files.map(\.text).joined(separator: ",")
            }
            text += entry.stamp + "\t" + entry.sha + "\t" + facts + "\t" + files + "\t" + path + "\n"
        }
        try? FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        _ = cache.write(Array(text.utf8), to: cache.folder + "/stamps.tsv")
    }
}
