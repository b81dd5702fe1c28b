import Diagnostics

/// Cuts a content file into front matter and body, working on bytes (it runs on every file of a shop).
public enum FrontMatterSplitter {
    /// UTF-8 with or without BOM, LF or CRLF (normalised to LF). Errors (Diagnostic at path[:line]):
    /// not UTF-8 (name the line of the first bad byte), empty file, `---` opened but never closed.
    /// NUL bytes are valid UTF-8 and are kept in the body (cmark later shows them as U+FFFD).
    public static func split(_ bytes: [UInt8], path: String) throws(Diagnostic) -> FrontMatterDocument {
        let text = try UTF8Text.decode(bytes, path: path)
        let utf8 = text.utf8
        guard !utf8.isEmpty else { throw .error("empty file", at: Location(path: path)) }
        guard let firstEnd = fenceEnd(utf8, from: utf8.startIndex) else {
            return FrontMatterDocument(frontMatter: nil, frontMatterLine: 1, body: text, bodyLine: 1)
        }
        guard firstEnd < utf8.endIndex else {
            throw .error("front matter opened with '---' is never closed", at: Location(path: path, line: 1))
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex {
            if let fenceLineEnd = fenceEnd(utf8, from: lineStart) {
                let bodyStart = fenceLineEnd < utf8.endIndex ? utf8.index(after: fenceLineEnd) : fenceLineEnd
                return FrontMatterDocument(frontMatter: String(text[yamlStart..<lineStart]), frontMatterLine: 2,
                                           body: String(text[bodyStart...]), bodyLine: line + 1)
            }
            guard let newline = utf8[lineStart...].firstIndex(of: 10) else { break }
            lineStart = utf8.index(after: newline)
            line += 1
        }
        throw .error("front matter opened with '---' is never closed", at: Location(path: path, line: 1))
    }

    /// When the line at `start` is `---` with optional trailing spaces or tabs, the index of its LF (or the end).
    private static func fenceEnd(_ utf8: String.UTF8View, from start: String.Index) -> String.Index? {
        var index = start
        for _ in 0..<3 {
            guard index < utf8.endIndex, utf8[index] == 45 else { return nil }  // "-"
            index = utf8.index(after: index)
        }
        while index < utf8.endIndex {
            switch utf8[index] {
            case 10: return index
            case 32, 9: index = utf8.index(after: index)
            default: return nil
            }
        }
        return index
    }
}
