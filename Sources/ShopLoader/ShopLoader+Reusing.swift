import Concurrency
import Diagnostics
import ShopModel

extension ShopLoader {
    /// Loads like `load(shopPath:options:)`, reading again only the files `cache` does not hold (changed, added,
    /// or all of them the first time), and leaves in `cache` every file's decoded result for the next load.
    /// When only entity files changed in place since the last successful load, that load is patched rather than
    /// assembled again, and what the patch changed comes with it. The result is the same as a one-shot load of the
    /// same files. Reached through `ContentCache.reload(shopPath:options:)`.
    static func load(shopPath: String, options: LoadOptions, cache: inout ContentCache) -> (LoadResult, LoadChanges?) {
        var diagnostics = DiagnosticList()
        guard let root = ContentFiles.realPath(shopPath), ContentFiles.targetType(root) == .directory else {
            cache.invalidateAll()
            diagnostics.append(.error("E-NO-SHOP-FOLDER", ["shop": shopPath]))
            return (LoadResult(shop: nil, diagnostics: diagnostics), nil)
        }
        guard ContentFiles.targetType(root + "/content") == .directory else {
            cache.invalidateAll()
            diagnostics.append(.error("E-NO-CONTENT-FOLDER", ["shop": shopPath]))
            return (LoadResult(shop: nil, diagnostics: diagnostics), nil)
        }
        if cache.root != root {
            cache = ContentCache()
            cache.root = root
        }
        if cache.needsWalk || cache.walk == nil { cache.refreshWalk(root: root) }
        guard let walk = cache.walk else { return (LoadResult(shop: nil, diagnostics: diagnostics), nil) }
        diagnostics.append(contentsOf: walk.diagnostics)
        let settings = loadSettings(walk, into: &diagnostics)
        if cache.settings != settings {
            cache.decoded = Array(repeating: nil, count: walk.files.count)
            cache.settings = settings
            cache.listingChanged = true
            cache.reread = nil
        }
        let missing = decodeMissing(&cache, walk: walk, settings: settings)
        let asOf = options.asOf ?? settings.asOf ?? Today.day
        defer {
            cache.previous = [:]
            cache.listingChanged = false
            cache.reread = []
        }
        if !cache.listingChanged,
           let (patched, changes) = patch(&cache, changed: missing, settings: settings, options: options, asOf: asOf,
                                          diagnostics: diagnostics) {
            return (patched, changes)
        }
        let leading = diagnostics.items.count
        var content = ContentSet(expecting: walk.counts)
        var fileDiagnostics: [Int: [Diagnostic]] = [:]
        for i in cache.decoded.indices {
            guard let file = cache.decoded[i] else { continue }
            if !file.diagnostics.isEmpty { fileDiagnostics[i] = file.diagnostics }
            content.add(file, into: &diagnostics)
        }
        var result = assemble(content, settings: settings, walk: walk, options: options, diagnostics: diagnostics)
        cache.assembled = nil
        if result.shop != nil {
            result.generation = ContentCache.nextGeneration()
            cache.assembled = AssembledLoad(result: result, asOf: asOf, includeDrafts: options.includeDrafts,
                                            leadingDiagnostics: leading, trailingDiagnostics: result.trailingDiagnostics,
                                            fileDiagnostics: fileDiagnostics)
            if let assembled = cache.assembled { cache.indexSlot.prepare(assembled, decoded: cache.decoded) }
        }
        return (result, nil)
    }

    /// Decodes (in parallel) the files `cache` does not hold, or those it was told to read again, into the cache;
    /// their positions in the walk.
    private static func decodeMissing(_ cache: inout ContentCache, walk: ContentWalk, settings: SiteSettings) -> [Int] {
        let decoder = EntityDecoder(settings: settings)
        let decoded = cache.decoded
        let missing = cache.reread.map { Array(Set($0)).sorted() } ?? decoded.indices.filter { decoded[$0] == nil }
        cache.lastDecodedCount = missing.count
        var slot = 0
        missing.map { walk.files[$0] }.parallelForEach(state: { (FileBuffer(), FieldLayouts()) },
                                                       { state, file in decoder.decode(file, buffer: state.0, layouts: state.1) },
                                                       consume: { decoded in
            cache.decoded[missing[slot]] = decoded
            slot += 1
        })
        return missing
    }
}
