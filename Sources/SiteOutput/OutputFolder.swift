import Diagnostics
#if canImport(Glibc)
import Glibc
#endif

/// The folder a build replaces, guarded so that a build can only ever replace a folder it created itself.
public struct OutputFolder: Sendable {
    /// The marker file that records that shopsite owns the folder.
    public static let markerName = ".shopsite-output"
    /// The marker file's text.
    static let markerText = "shopsite output folder: replaced whole by every build.\n"

    /// The absolute output path.
    public let path: String
    /// The previous site kept beside the output, listed from the moment the folder is validated.
    let spareLister: TreeLister?
    /// The folders this output may never be, checked again before the folder is created and replaced.
    let outputGuard: OutputGuard

    /// Validates `path` as the output of the shop at `shopPath`; refuses the shop itself, its content/ or
    /// templates/, anything containing the shop, `/`, the home folder, and a non-empty folder without the marker.
    /// The path is decided on what it really is (`..`, symlinks and folders still missing resolved); `home`
    /// defaults to `$HOME`.
    public init(path: String, shopPath: String, home: String? = OutputFolder.environmentHome()) throws(Diagnostic) {
        guard let output = OutputFolder.absolute(path) else {
            throw OutputRefusal(code: "P-OUT-UNREADABLE-PATH").outputError(path)
        }
        let shop = FileSystem.realPath(shopPath) ?? OutputFolder.absolute(shopPath) ?? shopPath
        let home = home.flatMap(FileSystem.realPath)
        outputGuard = OutputGuard(shop: shop, home: home)
        func refuse(_ why: OutputRefusal) -> Diagnostic { why.outputError(output) }
        if output == "/" { throw refuse(OutputRefusal(code: "P-OUT-ROOT")) }
        if let home, output == home { throw refuse(OutputRefusal(code: "P-OUT-HOME")) }
        if output == shop || shop.hasPrefix(output + "/") { throw refuse(OutputRefusal(code: "P-OUT-CONTAINS-SHOP")) }
        for inner in ["content", "templates"] where output == shop + "/" + inner || output.hasPrefix(shop + "/" + inner + "/") {
            throw refuse(OutputRefusal(code: "P-OUT-INSIDE", arguments: ["inner": inner]))
        }
        if let why = outputGuard.refusal(of: output) ?? outputGuard.ownershipRefusal(of: output) { throw refuse(why) }
        self.path = output
        let (parent, name) = OutputFolder.split(output)
        spareLister = TreeLister(path: OutputFolder.sparePath(parent: parent, name: name))
    }

    /// The home folder named by `$HOME`, if any.
    public static func environmentHome() -> String? {
        getenv("HOME").map { String(cString: $0) }
    }

    /// `.NAME.shopsite-spare` beside the output: the previous site, overwritten in place by the next build.
    static func sparePath(parent: String, name: String) -> String {
        "\(parent)/.\(name).shopsite-spare"
    }

    /// Starts a build: a staging folder beside the output (same file system, so the swap is a rename): the
    /// previous site kept as the spare when there is one, to be overwritten in place, else a new empty folder.
    /// The output is checked again once its parent folders exist, and the staging folder takes the output's mode.
    public func stage() throws(Diagnostic) -> StagingFolder {
        let (parent, name) = OutputFolder.split(path)
        do throws(FileSystem.Failure) {
            try FileSystem.makeRealDirectories(parent)
        } catch {
            throw .error("E-OUTPUT-PARENT", ["reason": "\(error)"])
        }
        if let why = outputGuard.replacementRefusal(of: path) {
            throw why.outputError(path)
        }
        OutputFolder.removeStaleStagingFolders(in: parent, name: name)
        let staging = "\(parent)/.\(name).shopsite-tmp-\(getpid())"
        let spare = OutputFolder.sparePath(parent: parent, name: name)
        let mode = FileSystem.folderMode(of: path)
        FileSystem.removeTree(staging)
        let held = FileSystem.kind(of: spare) == .directory ? FileSystem.lockFolder(spare) : -1  // locked before it is renamed
        if held >= 0 && rename(spare, staging) == 0 {
            if let mode { chmod(staging, mode) }
            let lister = spareLister.flatMap { $0.lists(staging) && $0.claim() ? $0 : nil }
            return StagingFolder(path: staging, destination: path, sparePath: spare, reusesPreviousSite: true, lister: lister,
                                 outputGuard: outputGuard, lock: held)
        }
        if held >= 0 { close(held) }
        // A private folder stays private while it is written: made 0700, then given the output's own mode.
        guard mkdir(staging, mode == nil ? 0o755 : 0o700) == 0 else {
            throw .error("E-STAGING-CREATE", ["path": staging, "reason": String(cString: strerror(errno))])
        }
        if let mode { chmod(staging, mode) }
        // Marked at once, so that a killed build's leftover is known to be shopsite's and may be removed.
        try? FileSystem.write(Array(OutputFolder.markerText.utf8), to: staging + "/" + OutputFolder.markerName)
        let live = FileSystem.kind(of: path) == .directory ? path : nil  // a previous site without a spare: link its unchanged files
        return StagingFolder(path: staging, destination: path, sparePath: spare, outputGuard: outputGuard, liveSite: live)
    }

    /// An absolute, canonical form of a path that may not exist yet: the longest existing prefix is resolved as
    /// the system sees it (symlinks, `..`), the missing rest normalised lexically (a `..` after a missing folder
    /// cancels it, as it will once that folder is created). Nil when a component is a broken symlink, not a
    /// folder, or cannot be examined.
    static func absolute(_ path: String) -> String? {
        guard var real = path.hasPrefix("/") ? "/" : FileSystem.realPath(".") else { return nil }
        var missing: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if !missing.isEmpty {
                if part == ".." { missing.removeLast() } else { missing.append(part) }
                continue
            }
            if part == ".." { real = split(real).parent; continue }
            let next = (real == "/" ? "" : real) + "/" + part
            if let resolved = FileSystem.realPath(next) {
                real = resolved
            } else if FileSystem.isMissing(next) {
                missing.append(part)
            } else {
                return nil
            }
        }
        return missing.isEmpty ? real : (real == "/" ? "" : real) + "/" + missing.joined(separator: "/")
    }

    /// Splits `/a/b/c` into `/a/b` and `c`.
    static func split(_ path: String) -> (parent: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        return (parent, String(path[path.index(after: slash)...]))
    }
}
