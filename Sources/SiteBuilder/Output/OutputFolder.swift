import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build replaces, guarded so that a build can only ever replace a folder it created itself.
public struct OutputFolder: Sendable {
    /// The marker file that records that shopsite owns the folder.
    public static let markerName = ".shopsite-output"

    /// The absolute output path.
    public let path: String
    /// The previous site kept beside the output, listed from the moment the folder is validated.
    let spareLister: TreeLister?

    /// Validates `path` as the output of the shop at `shopPath`; refuses the shop itself, its content/ or
    /// templates/, anything containing the shop, `/`, the home folder, and a non-empty folder without the marker.
    public init(path: String, shopPath: String) throws(Diagnostic) {
        let output = OutputFolder.absolute(path)
        let shop = FileSystem.realPath(shopPath) ?? OutputFolder.absolute(shopPath)
        let home = getenv("HOME").map { String(cString: $0) }.flatMap(FileSystem.realPath)
        func refuse(_ why: String) -> Diagnostic {
            .error("refusing to use \(output) as the output folder: \(why)")
        }
        if output == "/" { throw refuse("it is the root folder") }
        if let home, output == home { throw refuse("it is the home folder") }
        if output == shop || shop.hasPrefix(output + "/") { throw refuse("it contains the shop") }
        for inner in ["content", "templates"] where output == shop + "/" + inner || output.hasPrefix(shop + "/" + inner + "/") {
            throw refuse("it is inside the shop's \(inner)/ folder")
        }
        switch FileSystem.kind(of: output) {
        case .missing: break
        case .directory:
            let entries = FileSystem.entries(of: output)
            if !entries.isEmpty && !entries.contains(OutputFolder.markerName) {
                throw refuse("it is not empty and was not created by shopsite (no \(OutputFolder.markerName) marker)")
            }
        default: throw refuse("it exists and is not a folder")
        }
        self.path = output
        let (parent, name) = OutputFolder.split(output)
        spareLister = TreeLister(path: OutputFolder.sparePath(parent: parent, name: name))
    }

    /// `.NAME.shopsite-spare` beside the output: the previous site, overwritten in place by the next build.
    static func sparePath(parent: String, name: String) -> String {
        "\(parent)/.\(name).shopsite-spare"
    }

    /// Starts a build: a staging folder beside the output (same file system, so the swap is a rename): the
    /// previous site kept as the spare when there is one, to be overwritten in place, else a new empty folder.
    public func stage() throws(Diagnostic) -> StagingFolder {
        let (parent, name) = OutputFolder.split(path)
        do throws(FileSystem.Failure) {
            try FileSystem.makeDirectories(parent)
        } catch {
            throw .error("cannot create the output's parent folder: \(error)")
        }
        OutputFolder.removeStaleStagingFolders(in: parent, name: name)
        let staging = "\(parent)/.\(name).shopsite-tmp-\(getpid())"
        let spare = OutputFolder.sparePath(parent: parent, name: name)
        FileSystem.removeTree(staging)
        if FileSystem.kind(of: spare) == .directory && rename(spare, staging) == 0 {
            let lister = spareLister.flatMap { $0.lists(staging) && $0.claim() ? $0 : nil }
            return StagingFolder(path: staging, destination: path, sparePath: spare, reusesPreviousSite: true, lister: lister)
        }
        guard mkdir(staging, 0o755) == 0 else {
            throw .error("cannot create the staging folder \(staging): \(String(cString: strerror(errno)))")
        }
        return StagingFolder(path: staging, destination: path, sparePath: spare)
    }

    /// Cleans up after builds that were killed (their process is gone): removes their staging folders, and puts
    /// back a previous site that the rename fallback had moved aside (`….shopsite-tmp-PID.old`) when the output
    /// is missing, so a kill in that window never loses the site; otherwise the aside copy is removed.
    static func removeStaleStagingFolders(in parent: String, name: String) {
        let prefix = ".\(name).shopsite-tmp-"
        for entry in FileSystem.entries(of: parent) where entry.hasPrefix(prefix) {
            var rest = entry.dropFirst(prefix.count)
            let movedAside = rest.hasSuffix(".old")
            if movedAside { rest = rest.dropLast(4) }
            guard let pid = Int32(rest), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            let stale = parent + "/" + entry, output = parent + "/" + name
            if movedAside && FileSystem.kind(of: output) == .missing && rename(stale, output) == 0 { continue }
            FileSystem.removeTree(stale)
        }
    }

    /// An absolute, canonical form of a path that may not exist yet (its existing ancestors resolved).
    static func absolute(_ path: String) -> String {
        if let real = FileSystem.realPath(path) { return real }
        var base = path
        if !base.hasPrefix("/") {
            let cwd = FileSystem.realPath(".") ?? "."
            base = cwd + "/" + path
        }
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        let (parent, name) = split(base)
        if name == "." || name == ".." || parent == base { return base }
        return (parent == "/" ? "" : absolute(parent)) + "/" + name
    }

    /// Splits `/a/b/c` into `/a/b` and `c`.
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        return (parent, String(path[path.index(after: slash)...]))
    }
}
