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
        var stamps = PhotoStamps(folder: cache.folder)
        let known = stamps
        let outcomes = paths.parallelMap(serialUpTo: 1) { path in develop(path, full: contentPath + "/" + path, known: known) }
        var batch = PhotoBatch(), changed = false
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .missing: continue
            case .failed(let error): batch.errors[path] = error
            case .done(let record, let stamp, let sha, let decoded):
                batch.records[path] = record
                if decoded { batch.decoded += 1 }
                if known.entries[path]?.stamp != stamp || known.entries[path]?.sha != sha {
                    stamps.entries[path] = (stamp, sha)
                    changed = true
                }
            }
        }
        if changed { stamps.save(cache) }
        return batch
    }

    /// One source: by its stamp, by its hash, or decoded and stored.
    private func develop(_ path: String, full: String, known: PhotoStamps) -> Outcome {
        guard let (stamp, size) = PhotoStamps.stamp(of: full) else { return .missing }
        if let entry = known.entries[path], entry.stamp == stamp, let record = cache.record(entry.sha, byteSize: size) {
            return .done(record, stamp: stamp, sha: entry.sha, decoded: false)
        }
        guard let data = FileManager.default.contents(atPath: full) else { return .failed(PhotoError("the file cannot be read")) }
        return data.withUnsafeBytes { bytes in
            let sha = Vips.sha256(bytes)
            if let record = cache.record(sha, byteSize: size) { return .done(record, stamp: stamp, sha: sha, decoded: false) }
            do throws(PhotoError) {
                let photo = try Vips.develop(bytes, sizes: sizes, tone: true)
                guard let record = cache.store(photo, sha: sha, byteSize: size) else {
                    return .failed(PhotoError("the photo cache \(cache.folder) cannot be written"))
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
