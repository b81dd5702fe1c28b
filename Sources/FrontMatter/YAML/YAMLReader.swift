import Diagnostics

/// Parses YAML text (front matter or `site.yaml`) into a `YAMLNode` tree with file line numbers.
public enum YAMLReader {
    /// The most nodes one document may produce, aliases expanded (stops "billion laughs" alias bombs).
    public static let maximumNodeCount = 1_000_000
    /// Aliases may expand a document to this many nodes per byte of its YAML (see `YAMLNodeBudget` for why).
    public static let aliasNodesPerByte = 10
    /// Aliases may always expand a document to this many nodes, however short it is.
    public static let aliasNodeFloor = 10_000
    /// The deepest nesting of sequences and mappings allowed (stops stack and memory exhaustion).
    public static let maximumDepth = 200

    /// Parses one YAML document; `firstLine` is the file line where `text` starts. Empty text → a null scalar.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(Diagnostic) -> YAMLNode {
        var text = text
        let outcome: Result<YAMLNode, Diagnostic> = text.withUTF8 { bytes in
            do throws(Diagnostic) { return .success(try parse(bytes: bytes, path: path, firstLine: firstLine)) } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }

    /// Parses one YAML document from UTF-8 bytes (a slice of a content file, no copy made); `firstLine` as in `parse`.
    public static func parse(bytes: UnsafeBufferPointer<UInt8>, path: String, firstLine: Int = 1) throws(Diagnostic) -> YAMLNode {
        var builder = YAMLTreeBuilder(path: path, firstLine: firstLine)
        return try builder.build(bytes)
    }

    /// Parses a whole YAML file from its bytes (UTF-8, BOM skipped); a non-UTF-8 byte is an error naming its line.
    public static func parseFile(_ bytes: [UInt8], path: String) throws(Diagnostic) -> YAMLNode {
        let text = try UTF8Text.decode(bytes, path: path)
        return try parse(text, path: path, firstLine: 1)
    }
}
