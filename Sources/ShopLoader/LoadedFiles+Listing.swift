/// Where a written file goes in the listing, decided as a fresh walk of content/ would decide it.
extension LoadedFiles {
    /// The listing entry a walk would make for the file written at `path` (relative to the shop); nil when a walk
    /// would not list it plainly: outside an entity folder, hidden, not `.md`, below a link or a missing folder, or
    /// at a path a walk problem names. With `missingIsMade`, a missing folder counts as one the write will make.
    func listedFile(_ path: String, folders: inout [Substring: Bool], missingIsMade: Bool = false) -> ContentFile? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "content", !parts.contains(""), let kind = ContentKind(rawValue: String(parts[1])),
              !parts.dropFirst().contains(where: { ContentWalker.isHidden(String($0)) }),
              let stem = ContentWalker.markdownStem(String(parts[parts.count - 1])) else { return nil }
        let named = walk.diagnostics.contains { problem in
            guard let place = problem.location?.path else { return false }
            return place == path || path.hasPrefix(place + "/") || place.hasPrefix(path + "/")
        }
        guard !named else { return nil }
        for part in parts.dropFirst().dropLast() {
            guard isRealFolder(path[..<part.endIndex], &folders, missingIsMade: missingIsMade) else { return nil }
        }
        return ContentFile(path: path, absolutePath: root + "/" + path, kind: kind, stem: stem)
    }

    /// Whether `folder` (relative to the shop) is a folder and not a link to one, asked once per folder; with
    /// `missingIsMade`, also when it is missing (asked before a write that makes it, as a real folder).
    func isRealFolder(_ folder: Substring, _ known: inout [Substring: Bool], missingIsMade: Bool = false) -> Bool {
        if let answer = known[folder] { return answer }
        let type = ContentFiles.entryType(root + "/" + folder)
        let answer = type == .directory || (missingIsMade && type == nil)
        known[folder] = answer
        return answer
    }
}
