import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a content file into front matter and body, working on bytes (it runs on every file of a shop).
public enum FrontMatterSplitter {
    /// UTF-8 with or without BOM, LF or CRLF (normalised to LF). Errors (Diagnostic at path[:line]):
    /// not UTF-8 (name the line of the first bad byte), empty file, `---` opened but never closed.
    /// NUL bytes are valid UTF-8 and are kept in the body (cmark later shows them as U+FFFD).
    public static func split(_ bytes: [UInt8], path: String) throws(Diagnostic) -> FrontMatterDocument {
        var clean = bytes
        let outcome: Result<FrontMatterDocument, Diagnostic> = clean.withUnsafeMutableBufferPointer { buffer in
            do throws(Diagnostic) {
                let parts = try locate(in: buffer, path: path)
                let text = UnsafeBufferPointer(buffer)
                return .success(FrontMatterDocument(
                    frontMatter: parts.frontMatter.map { String(decoding: text[$0], as: UTF8.self) },
                    frontMatterLine: parts.frontMatterLine,
                    body: String(decoding: text[parts.body], as: UTF8.self), bodyLine: parts.bodyLine))
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// The byte-level split, making no strings: normalises `bytes` in place (BOM dropped, CRLF → LF, the
    /// normalised text ending at `body.upperBound`), checks they are UTF-8, and says where front matter and
    /// body lie; the same errors as `split`.
    public static func locate(in bytes: UnsafeMutableBufferPointer<UInt8>, path: String) throws(Diagnostic) -> FrontMatterParts {
        let count = UTF8Text.normalise(bytes)
        let buffer = UnsafeBufferPointer(rebasing: bytes[..<count])
        if let bad = UTF8Text.firstInvalidOffset(buffer) { throw notUTF8(buffer, at: bad, path: path) }
        guard count > 0 else { throw .error("E-EMPTY-FILE", at: Location(path: path)) }
        guard let parts = structure(of: buffer) else { throw neverClosed(path) }
        return parts
    }

    /// Like `locate`, also making the body's text: the body's bytes are checked while its text is made (one
    /// pass over them, not two); the same errors, in the same order, as `locate`.
    public static func locateWithBody(in bytes: UnsafeMutableBufferPointer<UInt8>,
                                      path: String) throws(Diagnostic) -> (parts: FrontMatterParts, body: String) {
        let count = UTF8Text.normalise(bytes)
        let buffer = UnsafeBufferPointer(rebasing: bytes[..<count])
        guard count > 0 else { throw .error("E-EMPTY-FILE", at: Location(path: path)) }
        guard let parts = structure(of: buffer) else {
            if let bad = UTF8Text.firstInvalidOffset(buffer) { throw notUTF8(buffer, at: bad, path: path) }
            throw neverClosed(path)
        }
        // The head (fences and YAML) ends with a LF, so it and the body are each UTF-8 exactly when the whole is.
        let head = UnsafeBufferPointer(rebasing: buffer[..<parts.body.lowerBound])
        if let bad = UTF8Text.firstInvalidOffset(head) { throw notUTF8(buffer, at: bad, path: path) }
        let bodyBytes = UnsafeBufferPointer(rebasing: buffer[parts.body])
        if let body = String(validating: bodyBytes, as: UTF8.self) { return (parts, body) }
        if let bad = UTF8Text.firstInvalidOffset(bodyBytes) {
            throw notUTF8(buffer, at: parts.body.lowerBound + bad, path: path)
        }
        return (parts, String(decoding: bodyBytes, as: UTF8.self))
    }

    /// Where front matter and body lie in normalised, non-empty bytes; nil when `---` opens a front matter never closed.
    private static func structure(of buffer: UnsafeBufferPointer<UInt8>) -> FrontMatterParts? {
        let count = buffer.count
        guard let firstEnd = fenceEnd(buffer, from: 0) else {
            return FrontMatterParts(frontMatter: nil, frontMatterLine: 1, body: 0..<count, bodyLine: 1)
        }
        var lineStart = firstEnd + 1
        var line = 2
        while lineStart < count {
            if let end = fenceEnd(buffer, from: lineStart) {
                return FrontMatterParts(frontMatter: firstEnd + 1..<lineStart, frontMatterLine: 2,
                                        body: min(end + 1, count)..<count, bodyLine: line + 1)
            }
            guard let newline = newline(in: buffer, from: lineStart) else { break }
            lineStart = newline + 1
            line += 1
        }
        return nil
    }

    private static func notUTF8(_ buffer: UnsafeBufferPointer<UInt8>, at bad: Int, path: String) -> Diagnostic {
        let line = 1 + buffer[..<bad].lazy.filter { $0 == 10 }.count
        return .error("E-NOT-UTF8", at: Location(path: path, line: line))
    }

    private static func neverClosed(_ path: String) -> Diagnostic {
        .error("E-FRONT-MATTER-UNCLOSED", at: Location(path: path, line: 1))
    }

    /// The offset of the next LF at or after `start`, or nil.
    private static func newline(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, 10, bytes.count - start) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
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
