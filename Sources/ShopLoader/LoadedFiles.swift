import Concurrency
import Diagnostics
import ShopModel

/// A whole load's listing and decoded files, kept so that the shop after an import has written some files is
/// assembled in memory (the written bytes decoded, every other file taken as it was) rather than read again.
public struct LoadedFiles: Sendable {
    /// The shop folder's canonical path.
    let root: String
    /// The listing of content/ (entity files in path order).
    var walk: ContentWalk
    /// Each listed file decoded, aligned with `walk.files`.
    var decoded: [DecodedFile]
    /// site.yaml as loaded.
    let settings: SiteSettings
    /// The walk's and site.yaml's messages, which come before the files' own.
    let leading: DiagnosticList
    /// The options the load was made with.
    let options: LoadOptions

    /// The shop and messages of these files, as `ShopLoader.load` gives them.
    func assembled() -> LoadResult {
        var diagnostics = leading
        var content = ContentSet(expecting: walk.counts)
        for file in decoded { content.add(file, into: &diagnostics) }
        var listing = walk
        listing.files = []
        return ShopLoader.assemble(content, settings: settings, walk: listing, options: options, diagnostics: diagnostics)
    }

    /// The load of the shop once `files` (paths relative to the shop, whole new bytes) are written: the same shop and
    /// messages a fresh `ShopLoader.load` of the folder would give, made without reading the shop again. Nil when a
    /// written file is not one a walk would simply list (outside the entity folders, in a hidden or linked folder,
    /// named by a walk problem): then the folder must be loaded again. With `beforeWriting`, asked before the files are
    /// written (while they are): a folder that is missing counts as one the write makes, so the answer is the one asked
    /// after a write that succeeds; nil for a written traffic.csv, which the assembly reads from the disk.
    public func afterWriting(_ files: [(path: String, bytes: [UInt8])], beforeWriting: Bool = false) -> LoadResult? {
        var written: [(file: ContentFile, bytes: [UInt8])] = []
        written.reserveCapacity(files.count)
        var folders: [Substring: Bool] = [:]
        var traffic = walk.traffic
        var paths = Set<String>()
        for file in files {
            guard paths.insert(file.path).inserted else { return nil }
            if file.path == TrafficDecoder.path {
                // The assembly reads traffic.csv from the disk: asked before the write, it would read the old file.
                guard !beforeWriting, isRealFolder("content/data"[...], &folders) else { return nil }
                traffic = root + "/" + file.path
                continue
            }
            guard let listed = listedFile(file.path, folders: &folders, missingIsMade: beforeWriting) else { return nil }
            written.append((listed, file.bytes))
        }
        let decoder = EntityDecoder(settings: settings)
        var fresh: [DecodedFile] = []
        fresh.reserveCapacity(written.count)
        written.parallelForEach(state: { FieldLayouts() }, { layouts, entry in
            var bytes = entry.bytes
            return bytes.withUnsafeMutableBufferPointer { decoder.decode(entry.file, bytes: $0, layouts: layouts) }
        }, consume: { fresh.append($0) })
        var after = self
        after.walk.traffic = traffic
        after.merge(fresh)
        return after.assembled()
    }

    /// Puts decoded files (each path once) into the listing in path order, each replacing the file of the same path.
    private mutating func merge(_ fresh: [DecodedFile]) {
        let incoming = fresh.sorted { $0.file.path.utf8.lexicographicallyPrecedes($1.file.path.utf8) }
        var merged: [DecodedFile] = []
        merged.reserveCapacity(decoded.count + incoming.count)
        var old = 0
        for file in incoming {
            while old < decoded.count, decoded[old].file.path.utf8.lexicographicallyPrecedes(file.file.path.utf8) {
                merged.append(decoded[old])
                old += 1
            }
            if old < decoded.count, decoded[old].file.path == file.file.path {
                old += 1
            } else {
                walk.counts[file.file.kind, default: 0] += 1
            }
            merged.append(file)
        }
        merged.append(contentsOf: decoded[old...])
        decoded = merged
        walk.files = merged.map(\.file)
    }
}
