import Foundation

/// `stamps.tsv` of the photo cache: per source path, its size, modification time and inode, and the SHA-256 they
/// vouch for. A source whose stamp matches is not read again; any change of the three reads and hashes it anew.
struct PhotoStamps: Sendable {
    /// Per path, `size mtime inode` and the hash.
    var entries: [String: (stamp: String, sha: String)] = [:]

    /// The stamps stored in `folder`, or none.
    init(folder: String) {
        guard let data = FileManager.default.contents(atPath: folder + "/stamps.tsv") else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3 else { continue }
            entries[fields[2]] = (fields[0], fields[1])
        }
    }

    /// The stamp of the file at `path` (`size mtime.nsec inode`) and its size, or nil when it is not a regular file.
    static func stamp(of path: String) -> (stamp: String, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return ("\(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) \(info.st_ino)", Int(info.st_size))
    }

    /// Writes the stamps, sorted by path, through `cache` (atomically).
    func save(_ cache: PhotoCache) {
        var text = ""
        for path in entries.keys.sorted() {
            guard let entry = entries[path] else { continue }
            text += entry.stamp + "\t" + entry.sha + "\t" + path + "\n"
        }
        try? FileManager.default.createDirectory(atPath: cache.folder, withIntermediateDirectories: true)
        _ = cache.write(Array(text.utf8), to: cache.folder + "/stamps.tsv")
    }
}
