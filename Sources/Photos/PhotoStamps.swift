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
    /// `stamps.tsv`, of `size mtime inode`, still names each path's hash; its stamps no longer match). Read as bytes,
    /// each line and field an index range into them: only the stamp, the hash, the path and the cache files' paths
    /// become strings.
    init(cache: PhotoCache) {
        guard let bytes = ByteFields.contents(of: cache.folder + "/stamps.tsv") else { return }
        let header = PhotoStamps.header(cache)
        bytes.withUnsafeBufferPointer { text in
            var start = 0, first = true, current = false
            entries.reserveCapacity(text.count / 256)
            while start < text.count {
                let end = ByteFields.end(of: UInt8(ascii: "\n"), in: text, from: start)
                defer { start = end + 1 }
                guard end > start else { continue }
                if first {
                    first = false
                    current = text[start..<end].elementsEqual(header.utf8)
                    outdated = !current
                    if current { continue }
                }
                read(text, start..<end, current: current, cache: cache)
            }
        }
    }

    /// Reads one line: `stamp`, `sha`, (current format: `facts`, `files`,) `path` (the rest of the line, tabs and all).
    private mutating func read(_ text: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, current: Bool, cache: PhotoCache) {
        let tab = UInt8(ascii: "\t"), wanted = current ? 4 : 2
        var tabs = (0, 0, 0, 0), found = 0, i = line.lowerBound
        while i < line.upperBound && found < wanted {
            if text[i] == tab {
                switch found {
                case 0: tabs.0 = i
                case 1: tabs.1 = i
                case 2: tabs.2 = i
                default: tabs.3 = i
                }
                found += 1
            }
            i += 1
        }
        guard found == wanted else { return }
        let stampBytes = text[line.lowerBound..<tabs.0]
        let stamp = String(decoding: stampBytes, as: UTF8.self), sha = String(decoding: text[(tabs.0 + 1)..<tabs.1], as: UTF8.self)
        let byteSize = Int(String(decoding: stampBytes.prefix { $0 != UInt8(ascii: " ") }, as: UTF8.self)) ?? 0
        let record = current ? PhotoStamps.record(sha, facts: text, (tabs.1 + 1)..<tabs.2, files: (tabs.2 + 1)..<tabs.3,
                                                  byteSize: byteSize, cache: cache) : nil
        let path = text[((current ? tabs.3 : tabs.1) + 1)..<line.upperBound]
        entries[String(decoding: path, as: UTF8.self)] = Entry(stamp: stamp, sha: sha, record: record)
    }

    /// The record of `facts` (the facts file's lines joined by `;`) and `files` (each derived file, WebPs then JPEGs,
    /// as `CacheFile.text`, joined by `,`), ranges of `text`, or nil when either is `-` or malformed.
    static func record(_ sha: String, facts text: UnsafeBufferPointer<UInt8>, _ facts: Range<Int>, files: Range<Int>,
                       byteSize: Int, cache: PhotoCache) -> PhotoRecord? {
        guard let photo = FactsText.decode(text, facts, lineBreak: UInt8(ascii: ";"), names: cache.sizeNames) else { return nil }
        let count = photo.renditions.count
        var webp: [CacheFile] = [], jpeg: [CacheFile] = [], start = files.lowerBound
        webp.reserveCapacity(count)
        jpeg.reserveCapacity(count)
        let stem = cache.renditionStem(sha)
        for i in 0..<(2 * count) {
            guard start <= files.upperBound else { return nil }
            let end = ByteFields.end(of: UInt8(ascii: ","), in: text, from: start, to: files.upperBound)
            defer { start = end + 1 }
            let name = photo.renditions[i % count].name
            guard let file = CacheFile(path: ByteFields.joined(stem, name, i < count ? ".webp" : ".jpg"), text: text[start..<end]) else { return nil }
            if i < count { webp.append(file) } else { jpeg.append(file) }
        }
        guard start > files.upperBound else { return nil }  // more files than renditions
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
        // Written digit by digit into one string (what the interpolation `"\(size) \(sec).\(nsec) …"` spells, six
        // times cheaper): a rebuild makes one per photo.
        let numbers = [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec), Int64(info.st_ctim.tv_sec),
                       Int64(info.st_ctim.tv_nsec)]
        let stamp = String(unsafeUninitializedCapacity: 6 * 21) { buffer in
            var used = 0
            for (i, number) in numbers.enumerated() {
                used += DecimalDigits.write(number, into: buffer, at: used)
                buffer[used] = i == 1 || i == 3 ? UInt8(ascii: ".") : UInt8(ascii: " ")
                used += 1
            }
            used += DecimalDigits.write(UInt64(info.st_ino), into: buffer, at: used)
            return used
        }
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
