#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// One Markdown file of an entity folder, found by the walk.
struct ContentFile: Sendable {
    /// The path relative to the shop (`content/products/HD-T001.md`), as messages print it.
    var path: String
    /// Where to read it (a link inside the shop is read through its target).
    var absolutePath: String
    /// The folder kind it belongs to.
    var kind: ContentKind
    /// The file name without `.md`: the default id.
    var stem: String
}

/// Everything found under content/: entity files in path order, site.yaml, traffic.csv and problems.
struct ContentWalk: Sendable {
    /// Entity files sorted by path (code units), so loading is deterministic.
    var files: [ContentFile] = []
    /// How many entity files each folder kind holds.
    var counts: [ContentKind: Int] = [:]
    /// Absolute path of site.yaml when it is there and readable.
    var siteYAML: String?
    /// Absolute path of data/traffic.csv when it is there and readable.
    var traffic: String?
    /// Links leading out of the shop, unreadable folders.
    var diagnostics: [Diagnostic] = []
}

/// Lists content/ without following links that lead outside the shop.
struct ContentWalker {
    /// The shop folder's canonical path.
    let root: String
    private var walk = ContentWalk()

    /// Prepares a walk of `root`/content.
    init(root: String) { self.root = root }

    /// Walks content/ recursively.
    static func walk(root: String) -> ContentWalk {
        var walker = ContentWalker(root: root)
        walker.visit(absolute: root + "/content", relative: "content", kind: nil, depth: 0)
        walker.walk.files = sortedByPath(walker.walk.files)
        return walker.walk
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
            walk.diagnostics.append(.error("cannot read the folder", at: Location(path: relative)))
            return
        }
        for entry in entries where !entry.name.hasPrefix(".") {
            let abs = absolute + "/" + entry.name, rel = relative + "/" + entry.name
            var type = entry.type, readPath = abs
            if type == .symlink {
                guard let target = resolveLink(abs, relative: rel) else { continue }
                readPath = target.path
                type = target.type
            }
            switch type {
            case .directory:
                let childKind = depth == 0 ? ContentKind(rawValue: entry.name) : kind
                visit(absolute: readPath, relative: rel, kind: childKind, depth: depth + 1)
            case .file:
                noteFile(name: entry.name, readPath: readPath, relative: rel, kind: kind, depth: depth)
            case .symlink, .other:
                continue
            }
        }
    }

    private mutating func noteFile(name: String, readPath: String, relative: String, kind: ContentKind?, depth: Int) {
        if depth == 0 && name == "site.yaml" { walk.siteYAML = readPath }
        if depth == 1 && relative == "content/data/traffic.csv" { walk.traffic = readPath }
        guard let kind, name.hasSuffix(".md") else { return }
        walk.files.append(ContentFile(path: relative, absolutePath: readPath, kind: kind, stem: String(name.dropLast(3))))
        walk.counts[kind, default: 0] += 1
    }

    /// The target of a link that stays inside the shop; an error for one that leaves it, nil for one not followed.
    private mutating func resolveLink(_ path: String, relative: String) -> (path: String, type: ContentFiles.EntryType)? {
        guard let target = ContentFiles.realPath(path) else {
            walk.diagnostics.append(.warning("broken symbolic link; ignored", at: Location(path: relative)))
            return nil
        }
        guard target == root || target.hasPrefix(root == "/" ? "/" : root + "/") else {
            walk.diagnostics.append(.error("symbolic link points outside the shop (to \(target)); it is not followed",
                                           at: Location(path: relative)))
            return nil
        }
        switch ContentFiles.targetType(target) {
        case .file?: return (target, .file)
        case .directory?:
            walk.diagnostics.append(.warning("symbolic link to a folder is not followed", at: Location(path: relative)))
            return nil
        default: return nil
        }
    }
}
