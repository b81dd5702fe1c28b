import Diagnostics

/// Cuts a content file into front matter and body, working on bytes (it runs on every file of a shop).
public enum FrontMatterSplitter {
    /// UTF-8 with or without BOM, LF or CRLF (normalised to LF). Errors (Diagnostic at path[:line]):
    /// not UTF-8 (name the line of the first bad byte), empty file, `---` opened but never closed.
    /// NUL bytes are valid UTF-8 and are kept in the body (cmark later shows them as U+FFFD).
    public static func split(_ bytes: [UInt8], path: String) throws(Diagnostic) -> FrontMatterDocument {
        let (clean, text) = try UTF8Text.decodeKeepingBytes(bytes, path: path)
        guard !clean.isEmpty else { throw .error("empty file", at: Location(path: path)) }
        let never = Diagnostic.error("front matter opened with '---' is never closed", at: Location(path: path, line: 1))
        let found: (yamlStart: Int, yamlEnd: Int, bodyStart: Int, bodyLine: Int)?? = clean.withUnsafeBufferPointer { buffer in
            guard let firstEnd = fenceEnd(buffer, from: 0) else { return .some(nil) }
            var lineStart = firstEnd + 1
            var line = 2
            while lineStart < buffer.count {
                if let end = fenceEnd(buffer, from: lineStart) {
                    return (firstEnd + 1, lineStart, min(end + 1, buffer.count), line + 1)
                }
                guard let newline = buffer[lineStart...].firstIndex(of: 10) else { break }
                lineStart = newline + 1
                line += 1
            }
            return nil
        }
        guard let found else { throw never }
        guard let (yamlStart, yamlEnd, bodyStart, bodyLine) = found else {
            return FrontMatterDocument(frontMatter: nil, frontMatterLine: 1, body: text, bodyLine: 1)
        }
        let utf8 = text.utf8
        let yamlStartIndex = utf8.index(utf8.startIndex, offsetBy: yamlStart)
        let yamlEndIndex = utf8.index(utf8.startIndex, offsetBy: yamlEnd)
        let bodyIndex = utf8.index(utf8.startIndex, offsetBy: bodyStart)
        return FrontMatterDocument(frontMatter: String(text[yamlStartIndex..<yamlEndIndex]), frontMatterLine: 2,
                                   body: String(text[bodyIndex...]), bodyLine: bodyLine)
    }

    /// When the line at `start` is `---` with optional trailing spaces or tabs, the offset of its LF (or the end).
    private static func fenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + 3 <= bytes.count, bytes[start] == 45, bytes[start + 1] == 45, bytes[start + 2] == 45 else {
            return nil
        }
        var index = start + 3
        while index < bytes.count {
            switch bytes[index] {
            case 10: return index
            case 32, 9: index += 1
            default: return nil
            }
        }
        return index
    }
}
