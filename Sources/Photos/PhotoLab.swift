import Concurrency
import Foundation

/// Develops product photos into the theme's sizes, on every core, through the shop's cache: an unchanged photo is
/// neither read nor decoded again.
public struct PhotoLab: Sendable {
    /// The sizes the theme asks for.
    public let sizes: [PhotoSize]
    /// The shop's photo cache.
    public let cache: PhotoCache

    /// A lab for the shop at `shopPath` making `sizes`, its cache in the shop.
    public init(shopPath: String, sizes: [PhotoSize]) {
        self.init(cacheFolder: PhotoCacheFolder.inShop(shopPath), sizes: sizes)
    }

    /// A lab making `sizes` with its cache in `cacheFolder`.
    public init(cacheFolder: String, sizes: [PhotoSize]) {
        self.sizes = sizes
        cache = PhotoCache(folder: cacheFolder, sizes: sizes)
    }

    /// One source's outcome.
    private enum Outcome: Sendable {
        case missing
        case done(PhotoRecord, stamp: String, sha: String, decoded: Bool)
        case failed(PhotoError)
    }

    /// Develops each of `paths` (relative to `contentPath`; raster ones only, each once): missing files are skipped
    /// (the missing-image check names them), unreadable ones are errors.
    public func develop(_ paths: [String], contentPath: String) -> PhotoBatch {
        var stamps = PhotoStamps(cache: cache)
        let known = stamps
        let present = known.entries.values.contains { $0.record != nil } ? cache.filePaths() : []
        let outcomes = paths.parallelMap(serialUpTo: 1) { path in
            develop(path, full: contentPath + "/" + path, known: known.entries[path], present: present)
        }
        var batch = PhotoBatch(), changed = known.outdated
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .missing: continue
            case .failed(let error): batch.errors[path] = error
            case .done(let record, let stamp, let sha, let decoded):
                if decoded { batch.decoded += 1 }
                let entry = PhotoStamps.Entry(stamp: stamp, sha: sha, record: record)
                if known.entries[path] != entry {
                    stamps.entries[path] = entry
                    changed = true
                }
                batch.records[path] = record
            }
        }
        if changed { stamps.save(cache) }
        return batch
    }

    /// One source: by its stamp (its record from `stamps.tsv` when the cache folder still holds its files, else its
    /// facts file), by its hash, or decoded and stored.
    private func develop(_ path: String, full: String, known: PhotoStamps.Entry?, present: Set<String>) -> Outcome {
        guard let (stamp, size) = PhotoStamps.stamp(of: full) else { return .missing }
        if let known, known.stamp == stamp {
            if let record = known.record, record.byteSize == size, record.files.allSatisfy({ present.contains($0.path) }) {
                return .done(record, stamp: stamp, sha: known.sha, decoded: false)
            }
            if let record = cache.record(known.sha, byteSize: size) { return .done(record, stamp: stamp, sha: known.sha, decoded: false) }
        }
        guard let data = FileManager.default.contents(atPath: full) else { return .failed(.unreadable) }
        return data.withUnsafeBytes { bytes in
            let sha = Vips.sha256(bytes)
            if let record = cache.record(sha, byteSize: size) { return .done(record, stamp: stamp, sha: sha, decoded: false) }
            do throws(PhotoError) {
                let photo = try Vips.develop(bytes, sizes: sizes, tone: true)
                guard let record = cache.store(photo, sha: sha, byteSize: size) else {
                    return .failed(.cacheUnwritable(cache.folder))
                }
                return .done(record, stamp: stamp, sha: sha, decoded: true)
            } catch {
                return .failed(error)
            }
        }
    }

    /// The header of the image in `bytes` (format and pixel size), for tools and tests; throws like a build would.
    public static func header(of bytes: [UInt8]) throws(PhotoError) -> (format: PhotoFormat, width: Int, height: Int) {
        try bytes.withUnsafeBytes { raw in Result { () throws(PhotoError) in try Vips.header(raw) } }.get()
    }

    /// `bytes` developed into `sizes` without any cache, for tools and tests.
    public static func develop(_ bytes: [UInt8], sizes: [PhotoSize]) throws(PhotoError) -> DevelopedPhoto {
        try bytes.withUnsafeBytes { raw in Result { () throws(PhotoError) in try Vips.develop(raw, sizes: sizes, tone: true) } }.get()
    }
}
