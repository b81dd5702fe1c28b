#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Concurrency
import Diagnostics

/// Lists content/ without following links that lead outside content/.
public struct ContentWalker {
    /// The shop folder's canonical path.
    let root: String
    /// content/'s canonical path: every link under it must lead inside it (`../../.env` would publish a secret).
    let contentRoot: String
    private var walk = ContentWalk()
    /// The folders of content/ met by a top-level visit, to be walked afterwards (on every core), each with
    /// how many problems were noted before it (where its own problems go, as a serial walk would put them).
    private var deferred: [(absolute: String, relative: String, kind: ContentKind?, problemsBefore: Int)]?

    /// Prepares a walk of `root`/content.
    init(root: String) {
        self.root = root
        contentRoot = ContentFiles.realPath(root + "/content") ?? root + "/content"
    }

    /// Walks content/ recursively: content/ itself first, then its folders on every core, each into its own
    /// part; the parts are joined in listing order, so the result equals a serial walk's.
    public static func walk(root: String) -> ContentWalk {
        var walker = ContentWalker(root: root)
        walker.deferred = []
        walker.visit(absolute: root + "/content", relative: "content", kind: nil, depth: 0)
        let folders = walker.deferred ?? []
        let parts = folders.parallelMap(serialUpTo: 1) { folder in
            var part = ContentWalker(root: root)
            part.visit(absolute: folder.absolute, relative: folder.relative, kind: folder.kind, depth: 1)
            part.walk.files = sortedByPath(part.walk.files)
            return part.walk
        }
        var whole = walker.walk
        let topProblems = whole.diagnostics
        whole.diagnostics = []
        var taken = 0
        var files: [(order: [UInt8], files: [ContentFile])] = []
        for (folder, part) in zip(folders, parts) {
            whole.diagnostics.append(contentsOf: topProblems[taken..<folder.problemsBefore])
            taken = folder.problemsBefore
            whole.diagnostics.append(contentsOf: part.diagnostics)
            for (kind, count) in part.counts { whole.counts[kind, default: 0] += count }
            if let traffic = part.traffic { whole.traffic = traffic }
            // Every path of a folder starts `content/<name>/`, so the folders' sorted lists join in the order of `<name>/`.
            files.append((Array(folder.relative.utf8) + [UInt8(ascii: "/")], part.files))
        }
        whole.diagnostics.append(contentsOf: topProblems[taken...])
        files.sort { $0.order.lexicographicallyPrecedes($1.order) }
        // A file directly in content/ belongs to no kind, so every entity file is in a folder's part.
        whole.files.reserveCapacity(files.reduce(0) { $0 + $1.files.count })
        for part in files { whole.files.append(contentsOf: part.files) }
        return whole
    }

    /// The files in code-unit order of their paths (the order `DiagnosticList.sorted` prints), compared with memcmp.
    private static func sortedByPath(_ files: [ContentFile]) -> [ContentFile] {
        var keys = [UInt8]()
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(files.count)
        for file in files {
            let start = keys.count
            keys.append(contentsOf: file.path.utf8)
            spans.append((start, keys.count - start))
        }
        let order: [Int] = keys.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress else { return Array(spans.indices) }
            return spans.indices.sorted { (a: Int, b: Int) -> Bool in
                let x = spans[a], y = spans[b]
                let common: Int32 = memcmp(base + x.start, base + y.start, Swift.min(x.count, y.count))
                return common != 0 ? common < 0 : x.count < y.count
            }
        }
        return order.map { files[$0] }
    }

    private mutating func visit(absolute: String, relative: String, kind: ContentKind?, depth: Int) {
        guard let entries = ContentFiles.listing(absolute) else {
            walk.diagnostics.append(.error("E-READ-FOLDER", at: Location(path: relative)))
            return
        }
        var found = 0
        defer { if let kind, found > 0 { walk.counts[kind, default: 0] += found } }
        for entry in entries where !Self.isHidden(entry.name) {
            let abs = Self.joined(absolute, entry.name), rel = Self.joined(relative, entry.name)
            var type = entry.type, readPath = abs
            if type == .symlink {
                guard let target = resolveLink(abs, relative: rel) else { continue }
                readPath = target.path
                type = target.type
            }
            switch type {
            case .directory:
                let childKind = depth == 0 ? ContentKind(rawValue: entry.name) : kind
                if depth == 0, deferred != nil {
                    deferred?.append((readPath, rel, childKind, walk.diagnostics.count))
                } else {
                    visit(absolute: readPath, relative: rel, kind: childKind, depth: depth + 1)
                }
            case .file:
                if noteFile(name: entry.name, readPath: readPath, relative: rel, kind: kind, depth: depth) { found += 1 }
            case .symlink, .other:
                continue
            }
        }
    }

    /// Notes site.yaml, traffic.csv or an entity file; true for an entity file.
    private mutating func noteFile(name: String, readPath: String, relative: String, kind: ContentKind?, depth: Int) -> Bool {
        if depth == 0 && name == "site.yaml" { walk.siteYAML = readPath }
        if depth == 1 && relative == "content/data/traffic.csv" { walk.traffic = readPath }
        guard let kind, let stem = Self.markdownStem(name) else { return false }
        walk.files.append(ContentFile(path: relative, absolutePath: readPath, kind: kind, stem: stem))
        return true
    }

    /// The target of a link that stays inside content/; an error for one that leaves it, nil for one not followed.
    private mutating func resolveLink(_ path: String, relative: String) -> (path: String, type: ContentFiles.EntryType)? {
        guard let target = ContentFiles.realPath(path) else {
            walk.diagnostics.append(.warning("W-BROKEN-SYMLINK", at: Location(path: relative)))
            return nil
        }
        guard target.hasPrefix(contentRoot == "/" ? "/" : contentRoot + "/") else {
            walk.diagnostics.append(.error("E-SYMLINK-OUTSIDE", ["target": target],
                                           at: Location(path: relative)))
            return nil
        }
        switch ContentFiles.targetType(target) {
        case .file?: return (target, .file)
        case .directory?:
            walk.diagnostics.append(.warning("W-SYMLINK-FOLDER", at: Location(path: relative)))
            return nil
        default: return nil
        }
    }
}
