import Diagnostics
import FrontMatter

/// A shop's own header names from `--map FILE` (YAML `field: header`, or `field: [header, …]`), replacing the
/// built-in names of the fields it lists.
public struct HeaderMap: Sendable {
    /// Header names by field.
    public var headers: [String: [String]]

    /// An empty map: every field keeps its built-in names.
    public init(headers: [String: [String]] = [:]) { self.headers = headers }

    /// Reads a map file; every unknown field or value that is not text is an error at its line.
    public static func parse(_ bytes: [UInt8], path: String, fields: [ImportField]) -> (HeaderMap, [Diagnostic]) {
        let root: YAMLNode
        do { root = try YAMLReader.parseFile(bytes, path: path) } catch { return (HeaderMap(), [error]) }
        guard let pairs = root.pairs else {
            return (HeaderMap(), root.isNull ? [] : [.error("E-IMPORT-MAP-SHAPE", at: Location(path: path, line: root.line))])
        }
        var map = HeaderMap()
        var diagnostics: [Diagnostic] = []
        let known = fields.map(\.name)
        for pair in pairs {
            let at = Location(path: path, line: pair.key.line, column: pair.key.column)
            guard let field = pair.key.scalar, known.contains(field) else {
                diagnostics.append(.error("E-IMPORT-MAP-FIELD", ["field": pair.key.scalar ?? "?", "fields": known.joined(separator: ", ")], at: at))
                continue
            }
            let names = pair.value.scalar.map { [$0] } ?? pair.value.items?.compactMap(\.scalar) ?? []
            guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else {
                diagnostics.append(.error("E-IMPORT-MAP-HEADER", ["field": field], at: at))
                continue
            }
            map.headers[field] = names
        }
        return (map, diagnostics)
    }

    /// The header names to look for for `field`.
    func names(for field: ImportField) -> [String] { headers[field.name] ?? field.headers }
}
