// THROW-AWAY STAND-IN written on branch `loader` so the loader compiles before the real FrontMatter
// module lands on main. Delete this file when merging main (the real module replaces it).
import CYAML
import Diagnostics

/// A YAML value with the line it starts on.
public struct YAMLNode: Sendable, Hashable {
    /// The shape of the value.
    public enum Kind: Sendable, Hashable { case scalar(String), sequence([YAMLNode]), mapping([YAMLPair]) }
    /// The value.
    public var kind: Kind
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
    /// Whether the scalar was written without quotes.
    public var isPlainScalar: Bool
    /// Whether it is a plain null scalar.
    public var isNull: Bool {
        guard isPlainScalar, case .scalar(let s) = kind else { return false }
        return s.isEmpty || s == "~" || s == "null" || s == "Null" || s == "NULL"
    }
    /// The scalar text.
    public var scalar: String? { if case .scalar(let s) = kind { return s }; return nil }
    /// The items of a sequence.
    public var items: [YAMLNode]? { if case .sequence(let s) = kind { return s }; return nil }
    /// The pairs of a mapping.
    public var pairs: [YAMLPair]? { if case .mapping(let s) = kind { return s }; return nil }
    /// The value of a key.
    public subscript(key: String) -> YAMLNode? { pairs?.first { $0.key.scalar == key }?.value }
}

/// A key and value.
public struct YAMLPair: Sendable, Hashable {
    /// Key.
    public var key: YAMLNode
    /// Value.
    public var value: YAMLNode
}

/// Parses YAML with libyaml.
public enum YAMLReader {
    /// Parses one document.
    public static func parse(_ text: String, path: String, firstLine: Int = 1) throws(Diagnostic) -> YAMLNode {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { throw .error("cannot start the YAML parser", at: Location(path: path)) }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        var result: Result<YAMLNode, Diagnostic> = .failure(.error("empty", at: Location(path: path)))
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            result = run(&parser, path: path, firstLine: firstLine)
        }
        return try result.get()
    }

    private enum Frame { case seq(Int, Int, [YAMLNode]), map(Int, Int, [YAMLPair], YAMLNode?) }

    private static func run(_ parser: inout yaml_parser_t, path: String, firstLine: Int) -> Result<YAMLNode, Diagnostic> {
        var stack: [Frame] = []
        var root: YAMLNode?
        func add(_ node: YAMLNode) {
            guard let top = stack.popLast() else { if root == nil { root = node }; return }
            switch top {
            case .seq(let l, let c, var items): items.append(node); stack.append(.seq(l, c, items))
            case .map(let l, let c, var pairs, let key):
                if let key { pairs.append(YAMLPair(key: key, value: node)); stack.append(.map(l, c, pairs, nil)) }
                else { stack.append(.map(l, c, pairs, node)) }
            }
        }
        while true {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let line = Int(parser.problem_mark.line) + firstLine
                let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
                return .failure(.error("malformed YAML: \(problem)", at: Location(path: path, line: line)))
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + firstLine, column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return .success(root ?? YAMLNode(kind: .scalar(""), line: firstLine, column: 1, isPlainScalar: true))
            case YAML_SCALAR_EVENT:
                let s = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: s.value, count: Int(s.length)), as: UTF8.self)
                add(YAMLNode(kind: .scalar(text), line: line, column: column, isPlainScalar: s.style == YAML_PLAIN_SCALAR_STYLE))
            case YAML_SEQUENCE_START_EVENT: stack.append(.seq(line, column, []))
            case YAML_MAPPING_START_EVENT: stack.append(.map(line, column, [], nil))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let top = stack.popLast() else { break }
                switch top {
                case .seq(let l, let c, let items): add(YAMLNode(kind: .sequence(items), line: l, column: c, isPlainScalar: false))
                case .map(let l, let c, let pairs, _): add(YAMLNode(kind: .mapping(pairs), line: l, column: c, isPlainScalar: false))
                }
            case YAML_ALIAS_EVENT:
                return .failure(.error("YAML aliases are not supported", at: Location(path: path, line: line)))
            default: break
            }
        }
    }
}

/// A file split into front matter and body.
public struct FrontMatterDocument: Sendable {
    /// The YAML text, nil when the file has none.
    public var frontMatter: String?
    /// Line of the first YAML line.
    public var frontMatterLine: Int
    /// The body.
    public var body: String
    /// Line of the first body line.
    public var bodyLine: Int
}

/// Splits `---` front matter from the body.
public enum FrontMatterSplitter {
    /// Splits a file.
    public static func split(_ bytes: [UInt8], path: String) throws(Diagnostic) -> FrontMatterDocument {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .error("not valid UTF-8 text", at: Location(path: path))
        }
        guard !text.isEmpty else { throw .error("empty file", at: Location(path: path)) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        guard lines.first == "---" else { return FrontMatterDocument(frontMatter: nil, frontMatterLine: 1, body: text, bodyLine: 1) }
        guard let close = lines.dropFirst().firstIndex(where: { $0 == "---" }) else {
            throw .error("front matter is not closed: no line `---` after the opening one", at: Location(path: path, line: 1))
        }
        return FrontMatterDocument(frontMatter: lines[1..<close].joined(separator: "\n"), frontMatterLine: 2,
                                   body: lines[(close + 1)...].joined(separator: "\n"), bodyLine: close + 2)
    }
}

/// One CSV row.
public struct CSVRow: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// Fields.
    public var fields: [String]
}

/// A minimal CSV reader.
public enum CSVReader {
    /// Parses CSV (no quoted newlines in this stand-in).
    public static func parse(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [CSVRow] {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .error("not valid UTF-8 text", at: Location(path: path)) }
        var rows: [CSVRow] = []
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.isEmpty { continue }
            rows.append(CSVRow(line: i + 1, fields: line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }
}
