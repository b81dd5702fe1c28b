/// Names editors write while saving (`.x.swp`, `x~`, `.#x`, vim's `4913`), which are not edits.
enum EditorTempFiles {
    /// Whether a file name (last path component) is an editor's scratch file.
    static func isIgnored(_ name: String) -> Bool {
        name == "4913" || name.hasPrefix(".#") || name.hasSuffix("~")
            || name.hasSuffix(".swp") || name.hasSuffix(".swo") || name.hasSuffix(".swx")
    }
}
