import Concurrency

/// Writes an import's staged files on every core, each worker taking whole folders: two threads creating files in one
/// folder wait for each other on the folder's lock, in different folders they do not.
enum StagedWrites {
    /// Writes `contents[i]` to `paths[i]` (new files, `ImportStaging.write`); the reason for each file that failed.
    static func write(_ contents: [[UInt8]], to paths: [String]) -> [String?] {
        var folders: [Range<Int>] = []
        var start = 0
        for index in paths.indices.dropFirst() where folder(of: paths[index]) != folder(of: paths[index - 1]) {
            folders.append(start..<index)
            start = index
        }
        if !paths.isEmpty { folders.append(start..<paths.count) }
        // Large folders are cut in pieces of at most 2,048 files, so one big month cannot leave a core idle.
        let pieces = folders.flatMap { range in stride(from: range.lowerBound, to: range.upperBound, by: 2_048).map { $0..<min($0 + 2_048, range.upperBound) } }
        let reasons = pieces.parallelMap(serialUpTo: 1) { piece in piece.map { ImportStaging.write(contents[$0], to: paths[$0]) } }
        return reasons.flatMap { $0 }
    }

    /// The folder part of a path (up to its last `/`).
    private static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }
}
