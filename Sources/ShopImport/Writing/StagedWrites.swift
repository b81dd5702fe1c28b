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
        // Whole folders when there are several (a month each: `perf` showed the two workers waiting on one folder's lock
        // when months were cut in pieces); a single folder is cut in pieces, or one core would do it all.
        let pieces = folders.count > 1 ? folders : paths.indices.chunks(of: 1_024)
        let reasons = pieces.parallelMap(serialUpTo: 1) { piece in piece.map { ImportStaging.write(contents[$0], to: paths[$0]) } }
        return reasons.flatMap { $0 }
    }

    /// The folder part of a path (up to its last `/`).
    private static func folder(of path: String) -> Substring {
        path.lastIndex(of: "/").map { path[..<$0] } ?? ""
    }
}

extension Range<Int> {
    /// The range cut in consecutive pieces of at most `size`.
    func chunks(of size: Int) -> [Range<Int>] {
        stride(from: lowerBound, to: upperBound, by: size).map { $0..<Swift.min($0 + size, upperBound) }
    }
}
