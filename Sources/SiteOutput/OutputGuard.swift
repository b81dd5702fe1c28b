#if canImport(Glibc)
import Glibc
#endif
import Diagnostics

/// The folders a build may never replace, known by device and inode so that no spelling of a path (`..`, a
/// symlink, a folder created later, a bind mount) can reach them: `/`, the home folder, the shop and every folder
/// containing it; and the folders nothing may be written inside: the shop's `content/` and `templates/`.
struct OutputGuard: Sendable {
    /// A folder's device and inode.
    struct Identity: Hashable, Sendable {
        let device: UInt64
        let inode: UInt64

        /// The identity of what `path` names, following symlinks; nil when it does not exist.
        init?(of path: String) {
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }

    /// Folders that may not be the output, with the reason.
    private var refused: [Identity: OutputRefusal] = [:]
    /// Folders the output may not be, nor lie inside, with the reason.
    private var enclosing: [Identity: OutputRefusal] = [:]

    /// The guard for the shop at the canonical path `shop`, with the canonical home folder `home`.
    init(shop: String, home: String?) {
        var folder = shop
        while true {
            if let id = Identity(of: folder) { refused[id] = OutputRefusal(code: "P-OUT-CONTAINS-SHOP") }
            guard folder != "/" else { break }
            folder = OutputFolder.split(folder).parent
        }
        if let home, let id = Identity(of: home) { refused[id] = OutputRefusal(code: "P-OUT-HOME") }
        if let id = Identity(of: "/") { refused[id] = OutputRefusal(code: "P-OUT-ROOT") }
        for inner in ["content", "templates"] {
            if let id = Identity(of: shop + "/" + inner) { enclosing[id] = OutputRefusal(code: "P-OUT-INSIDE", arguments: ["inner": inner]) }
        }
    }

    /// The reason the canonical path `output` may not be used, or nil: checks what the path and each existing
    /// ancestor really are, so a folder created or linked since the path was resolved is seen for what it is.
    func refusal(of output: String) -> OutputRefusal? {
        if let id = Identity(of: output), let why = refused[id] { return why }
        var folder = output
        while true {
            if let id = Identity(of: folder), let why = enclosing[id] { return why }
            guard folder != "/" && !folder.isEmpty else { return nil }
            folder = OutputFolder.split(folder).parent
        }
    }

    /// Why the output at `output` may not be replaced now, or nil: it must still resolve to itself (no symlink
    /// swapped in on the way since it was resolved), pass `refusal(of:)` and `ownershipRefusal(of:)`.
    func replacementRefusal(of output: String) -> OutputRefusal? {
        let parent = OutputFolder.split(output).parent
        guard FileSystem.realPath(parent) == parent else { return OutputRefusal(code: "P-OUT-PARENT-MOVED", arguments: ["parent": parent]) }
        return refusal(of: output) ?? ownershipRefusal(of: output)
    }

    /// Why the folder at `output` is not shopsite's to replace, or nil: missing, or a real folder that is empty or
    /// holds the marker.
    func ownershipRefusal(of output: String) -> OutputRefusal? {
        switch FileSystem.kind(of: output) {
        case .missing: return nil
        case .directory:
            let entries = FileSystem.entries(of: output)
            if entries.isEmpty || entries.contains(OutputFolder.markerName) { return nil }
            return OutputRefusal(code: "P-OUT-NOT-OURS", arguments: ["marker": OutputFolder.markerName])
        default: return OutputRefusal(code: "P-OUT-NOT-FOLDER")
        }
    }
}
