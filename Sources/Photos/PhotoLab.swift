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
        /// The record `stamps.tsv` holds, still vouched for by the stamp and the cache's inodes: nothing to save.
        case kept(PhotoRecord)
        case failed(PhotoError)
    }

    /// Develops each of `paths` (relative to `contentPath`; raster ones only, each once): missing files are skipped
    /// (the missing-image check names them), unreadable ones are errors. `seen` holds the `stat` already taken of some
    /// of them this build (the missing-image check's): their stamps come from it, without a second `stat`.
    public func develop(_ paths: [String], contentPath: String, seen: [String: stat] = [:]) -> PhotoBatch {
        var stamps = PhotoStamps(cache: cache)
        let known = stamps
        let present = known.entries.values.contains { $0.record != nil } ? cache.fileInodes() : []
        // Photos whose stamp vouches for a whole record are taken here, on this thread (a few microseconds each: no
        // thread is woken for a warm rebuild); only the others are read, hashed or decoded on every core.
        var outcomes: [Outcome] = [], slow: [(index: Int, stamp: String, size: Int)] = []
        outcomes.reserveCapacity(paths.count)
        for (i, path) in paths.enumerated() {
            let entry = known.entries[path], status = seen[path]
            switch kept(entry, full: status == nil ? contentPath + "/" + path : "", present: present, seen: status) {
            case .decided(let outcome): outcomes.append(outcome)
            case .toDevelop(let stamp, let size):
                outcomes.append(.missing)
                slow.append((i, stamp, size))
            }
        }
        let developed = slow.parallelMap(serialUpTo: 1) { item in
            develop(full: contentPath + "/" + paths[item.index], known: known.entries[paths[item.index]], stamp: item.stamp, size: item.size)
        }
        for (item, outcome) in zip(slow, developed) { outcomes[item.index] = outcome }
        var batch = PhotoBatch(), changed = known.outdated
        batch.records.reserveCapacity(paths.count)
        for (path, outcome) in zip(paths, outcomes) {
            switch outcome {
            case .missing: continue
            case .kept(let record): batch.records[path] = record
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

    /// What the stamp alone decides for one source: missing, or its record from `stamps.tsv` when the cache folder still
    /// holds its files (the same inodes); else the stamp and size to develop it with.
    private enum Step {
        case decided(Outcome)
        case toDevelop(stamp: String, size: Int)
    }

    /// The first step for one source (see `Step`): its stamp from `seen` or one `stat`.
    private func kept(_ known: PhotoStamps.Entry?, full: String, present: Set<UInt64>, seen: stat?) -> Step {
        guard let (stamp, size) = seen.map(PhotoStamps.stamp(from:)) ?? PhotoStamps.stamp(of: full) else { return .decided(.missing) }
        if let known, known.stamp == stamp, let record = known.record, record.byteSize == size,
           record.webpFiles.allSatisfy({ present.contains($0.inode) }), record.jpegFiles.allSatisfy({ present.contains($0.inode) }) {
            return .decided(.kept(record))
        }
        return .toDevelop(stamp: stamp, size: size)
    }

    /// One source the stamp did not settle: by its facts file (the stamp still matching), by its hash, or decoded and stored.
    private func develop(full: String, known: PhotoStamps.Entry?, stamp: String, size: Int) -> Outcome {
        if let known, known.stamp == stamp, let record = cache.record(known.sha, byteSize: size) {
            return .done(record, stamp: stamp, sha: known.sha, decoded: false)
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
