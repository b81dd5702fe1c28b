import ShopModel

/// The decoded files of the last load, kept by path, so that the next load reads again only the files that changed.
///
/// Tell it what changed with `invalidate(_:)` (paths relative to the shop, as the watcher reports them). A single
/// file added to or removed from an entity folder is put into or taken out of the listing in place; a file the walk
/// would not list (hidden, not `.md`, an editor's temporary file gone again) changes nothing. Anything else (a
/// folder, a link, site.yaml, a bare root such as `content`) makes the next load list content/ again, keeping the
/// decoded result of every file that is still there and was not invalidated.
public struct ContentCache: Sendable {
    /// The shop folder's canonical path the cache belongs to.
    var root: String?
    /// The last listing of content/.
    var walk: ContentWalk?
    /// The decoded files, aligned with `walk.files`; nil where the file must be read again.
    var decoded: [DecodedFile?] = []
    /// The position of each path in `walk.files`.
    var position: [String: Int] = [:]
    /// The settings the files were decoded with (quote defaults depend on them).
    var settings: SiteSettings?
    /// Whether content/ must be listed again before the next load.
    var needsWalk = true
    /// Whether files were added, removed or listed again since the last load (positions moved).
    var listingChanged = true
    /// The decoded result each invalidated file had before, by position (valid while the listing stays put).
    var previous: [Int: DecodedFile] = [:]
    /// Positions invalidated since the last load while the listing stayed put; nil when the next load must look
    /// for the files to read again among all of them.
    var reread: [Int]?
    /// The last successful load, kept so that the next one can patch it when only entity files changed in place.
    var assembled: AssembledLoad?
    /// Where the look-ups of a whole load are made in the background.
    let indexSlot = LoadIndexSlot()

    /// An empty cache: the first load reads everything.
    public init() {}

    /// How many files the last load decoded again (the rest were reused).
    public internal(set) var lastDecodedCount = 0

    /// Marks paths relative to the shop as changed: a known file is read again, a single file added or removed
    /// goes into or out of the listing, a path the walk would not list is ignored; anything else (a folder,
    /// a link, a bare root such as `content`) makes the next load list content/ again.
    public mutating func invalidate(_ paths: some Sequence<String>) {
        for path in paths {
            guard path.hasPrefix("content/") else {
                if path == "content" || path.isEmpty { self = ContentCache() }
                continue
            }
            guard let root, walk != nil, !needsWalk else {
                if let index = position[path] { decoded[index] = nil }
                needsWalk = true
                continue
            }
            if let index = position[path] {
                switch ContentFiles.entryType(root + "/" + path) {
                case .file?:
                    if let old = decoded[index] {
                        previous[index] = old
                        reread?.append(index)
                    }
                    decoded[index] = nil
                case nil where walk?.files[index].absolutePath == root + "/" + path:
                    removeFile(at: index)
                default:
                    decoded[index] = nil
                    needsWalk = true
                }
            } else if !noteUnlisted(path, root: root) {
                needsWalk = true
            }
        }
    }

    /// Forgets everything: the next load reads every file.
    public mutating func invalidateAll() {
        self = ContentCache()
    }

    /// Lists content/ again, keeping the decoded result of every file still listed at the same path.
    mutating func refreshWalk(root: String) {
        let fresh = ContentWalker.walk(root: root)
        var kept: [DecodedFile?] = Array(repeating: nil, count: fresh.files.count)
        var positions: [String: Int] = [:]
        positions.reserveCapacity(fresh.files.count)
        for (index, file) in fresh.files.enumerated() {
            positions[file.path] = index
            if let old = position[file.path], let decoded = decoded[old], decoded.file.absolutePath == file.absolutePath,
               decoded.file.kind == file.kind {
                kept[index] = decoded
            }
        }
        walk = fresh
        decoded = kept
        position = positions
        needsWalk = false
        listingChanged = true
        previous = [:]
        reread = nil
    }
}
