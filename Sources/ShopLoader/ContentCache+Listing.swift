import ShopModel

extension ContentCache {
    /// Handles a path the listing does not hold, as a fresh walk would: true when it was put in (a new entity
    /// file) or changes nothing (hidden, not `.md`, gone again); false when only a walk can tell (a folder,
    /// a link, a file outside the entity folders, a path a walk problem names).
    mutating func noteUnlisted(_ path: String, root: String) -> Bool {
        guard let walk else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.contains("") else { return false }
        // The walk skips every hidden name, and everything below it.
        if parts.dropFirst().contains(where: { $0.hasPrefix(".") }) { return true }
        guard parts.count >= 3, let kind = ContentKind(rawValue: String(parts[1])) else { return false }
        if walk.diagnostics.contains(where: { d in d.location.map { $0.path == path || $0.path.hasPrefix(path + "/") } ?? false }) {
            return false
        }
        switch ContentFiles.entryType(root + "/" + path) {
        case nil:
            // Gone (an editor's temporary file): nothing changes unless it was a folder holding listed files.
            let below = path + "/"
            let start = insertionIndex(for: below)
            return start == walk.files.count || !walk.files[start].path.hasPrefix(below)
        case .file?:
            let name = parts[parts.count - 1]
            guard name.hasSuffix(".md") else { return true }
            // Every folder on the way must be a real folder (the walk does not follow links to folders).
            var folder = "content"
            for part in parts.dropFirst().dropLast() {
                folder += "/" + part
                guard ContentFiles.entryType(root + "/" + folder) == .directory else { return false }
            }
            insertFile(ContentFile(path: path, absolutePath: root + "/" + path, kind: kind, stem: String(name.dropLast(3))))
            return true
        default:
            return false
        }
    }

    /// Where `path` goes in the listing (paths in UTF-8 code-unit order, as the walk sorts them).
    func insertionIndex(for path: String) -> Int {
        guard let files = walk?.files else { return 0 }
        var low = 0, high = files.count
        while low < high {
            let mid = (low + high) / 2
            if files[mid].path.utf8.lexicographicallyPrecedes(path.utf8) { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Puts a new entity file into the listing, to be read by the next load.
    mutating func insertFile(_ file: ContentFile) {
        let index = insertionIndex(for: file.path)
        walk?.files.insert(file, at: index)
        walk?.counts[file.kind, default: 0] += 1
        decoded.insert(nil, at: index)
        renumber(from: index)
    }

    /// Takes a deleted file out of the listing.
    mutating func removeFile(at index: Int) {
        guard let file = walk?.files.remove(at: index) else { return }
        walk?.counts[file.kind, default: 1] -= 1
        decoded.remove(at: index)
        position[file.path] = nil
        renumber(from: index)
    }

    /// Records the positions from `index` on after an insertion or removal; earlier positions are no longer valid.
    private mutating func renumber(from index: Int) {
        guard let files = walk?.files else { return }
        for i in index..<files.count { position[files[i].path] = i }
        listingChanged = true
        previous = [:]
        reread = nil
    }
}
