import CYAML
import Diagnostics

/// Drives libyaml's event parser over one document and assembles the node tree; the only file touching libyaml.
struct YAMLTreeBuilder {
    /// A sequence or mapping whose end event has not been seen yet; its children wait on the shared `children` stack.
    private struct Frame {
        var isMapping: Bool
        var line: Int
        var column: Int
        var anchor: String?
        /// Where this collection's children start on `children` (a mapping's as key, value, key, value…).
        var start: Int
        /// The line of each scalar key, only once the mapping is large (small ones are scanned).
        var keyLines: [String: Int]?
        var nodeCount = 1
    }

    /// What a child moved out of `children` leaves behind (an empty text needs no reference counting).
    private static let placeholder = YAMLNode(kind: .scalar(""), line: 0, column: 0)

    /// Mappings with more keys than this index their keys for the duplicate check.
    private static let scannedKeys = 16

    let path: String
    let firstLine: Int
    private var stack: [Frame] = []
    /// The finished children of every open collection, innermost last: one growing array for the whole
    /// document, so each collection's array is made once at its exact size.
    private var children: [YAMLNode] = []
    private var anchors: [String: (node: YAMLNode, count: Int)] = [:]
    private var budget: YAMLNodeBudget
    private var documentCount = 0
    private var root: YAMLNode?

    init(path: String, firstLine: Int) {
        self.path = path
        self.firstLine = firstLine
        budget = YAMLNodeBudget(path: path, byteCount: 0)
        stack.reserveCapacity(8)
        children.reserveCapacity(64)
    }

    /// Parses UTF-8 `bytes` and returns their only document's root (a null scalar for an empty stream).
    mutating func build(_ bytes: UnsafeBufferPointer<UInt8>) throws(Diagnostic) -> YAMLNode {
        try run(bytes)
        return root ?? YAMLNode(kind: .scalar(""), line: firstLine, column: 1, isPlainScalar: true)
    }

    private mutating func run(_ buffer: UnsafeBufferPointer<UInt8>) throws(Diagnostic) {
        guard let start = buffer.baseAddress, !buffer.isEmpty else { return }
        budget = YAMLNodeBudget(path: path, byteCount: buffer.count)
        // Heap-allocated: libyaml keeps a pointer to the parser inside the parser.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) != 0 else {
            throw .error("E-YAML-PARSER", at: Location(path: path))
        }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, start, buffer.count)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer { event.deallocate() }
        while true {
            guard yaml_parser_parse(parser, event) != 0 else { throw malformed(parser.pointee, in: buffer) }
            defer { yaml_event_delete(event) }
            if try handle(event.pointee) { return }
        }
    }

    /// Handles one event; true at the end of the stream.
    private mutating func handle(_ event: yaml_event_t) throws(Diagnostic) -> Bool {
        let line = Int(event.start_mark.line) + firstLine
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_STREAM_END_EVENT:
            return true
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if documentCount > 1 {
                throw .error("E-YAML-MULTIPLE-DOCUMENTS", at: location(line, column))
            }
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = Self.string(data.value, count: data.length)
            let plain = data.style == YAML_PLAIN_SCALAR_STYLE && Self.string(data.tag) != "tag:yaml.org,2002:str"
            let node = YAMLNode(kind: .scalar(text), line: line, column: column, isPlainScalar: plain)
            if let anchor = Self.string(data.anchor) { anchors[anchor] = (node, 1) }
            try add(node, count: 1)
        case YAML_ALIAS_EVENT:
            let name = Self.string(event.data.alias.anchor) ?? ""
            guard let anchored = anchors[name] else {
                throw .error("E-YAML-UNKNOWN-ALIAS", ["alias": name], at: location(line, column))
            }
            var node = anchored.node
            node.line = line
            node.column = column
            try add(node, count: anchored.count, alias: name)
        case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
            guard stack.count < YAMLReader.maximumDepth else {
                throw .error("E-YAML-TOO-DEEP", ["depth": "\(YAMLReader.maximumDepth)"], at: location(line, column))
            }
            let isMapping = event.type == YAML_MAPPING_START_EVENT
            let anchor = isMapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
            stack.append(Frame(isMapping: isMapping, line: line, column: column, anchor: Self.string(anchor),
                               start: children.count))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return false }
            let node = YAMLNode(kind: collect(frame), line: frame.line, column: frame.column)
            if let anchor = frame.anchor { anchors[anchor] = (node, frame.nodeCount) }
            try add(node, count: frame.nodeCount, alreadyCounted: frame.nodeCount - 1)
        default:
            break
        }
        return false
    }

    /// Places a finished node in its parent (or as the root), counting the nodes it stands for.
    private mutating func add(_ node: consuming YAMLNode, count: Int, alreadyCounted: Int = 0,
                              alias: String? = nil) throws(Diagnostic) {
        try budget.add(count - alreadyCounted, alias: alias, line: node.line, column: node.column)
        // The parent is changed where it lies on the stack: popping and pushing it would copy its arrays.
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].nodeCount += count
        if stack[top].isMapping && (children.count - stack[top].start) % 2 == 0, let text = node.scalar {
            try noteKey(text, of: node)
        }
        children.append(node)
    }

    /// Refuses a scalar key the innermost mapping already has, else remembers it (in a table once the mapping is large).
    private mutating func noteKey(_ text: String, of node: YAMLNode) throws(Diagnostic) {
        let top = stack.count - 1
        if stack[top].keyLines == nil {
            let keys = stride(from: stack[top].start, to: children.count, by: 2)
            for index in keys where children[index].hasScalar(text) {
                throw duplicate(text, first: children[index].line, at: node)
            }
            let keyCount = (children.count - stack[top].start + 1) / 2
            guard keyCount >= Self.scannedKeys else { return }
            var keyLines: [String: Int] = [:]
            keyLines.reserveCapacity(keyCount * 2)
            for index in keys.reversed() {
                if let key = children[index].scalar { keyLines[key] = children[index].line }
            }
            stack[top].keyLines = keyLines
        } else if let first = stack[top].keyLines?[text] {
            throw duplicate(text, first: first, at: node)
        }
        stack[top].keyLines?[text] = node.line
    }

    private func duplicate(_ text: String, first: Int, at node: YAMLNode) -> Diagnostic {
        .error("E-YAML-DUPLICATE-KEY", ["key": text, "first": "\(first)"], at: location(node.line, node.column))
    }

    /// Takes a finished collection's children off the stack as its items or pairs (an unpaired last key is dropped).
    private mutating func collect(_ frame: Frame) -> YAMLNode.Kind {
        let start = min(frame.start, children.count)
        // Popped one by one: cheaper than a generic range removal for the few children a collection has.
        defer { while children.count > start { children.removeLast() } }
        guard frame.isMapping else { return .sequence(Array(children[start...])) }
        let pairCount = (children.count - start) / 2
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity(pairCount)
        // Moved out (a trivial placeholder left behind), not copied: no retain now and release when popped.
        for index in 0..<pairCount {
            let key = exchange(&children[start + 2 * index], with: Self.placeholder)
            let value = exchange(&children[start + 2 * index + 1], with: Self.placeholder)
            pairs.append(YAMLPair(key: key, value: value))
        }
        return .mapping(pairs)
    }

    /// A location in this document's file.
    func location(_ line: Int, _ column: Int) -> Location {
        Location(path: path, line: line, column: column)
    }
}
