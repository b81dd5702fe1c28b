import Diagnostics
import FrontMatter
import ShopModel

/// Reads typed values from one YAML mapping (a front matter or a list item), collecting a diagnostic
/// for every missing or bad value so that all problems of a file are reported at once.
struct FieldReader {
    /// The file, relative to the shop.
    let path: String
    /// The line a missing key is reported at: 1 for a file's front matter, the item's line for an item.
    let line: Int
    /// Problems found so far.
    var diagnostics: [Diagnostic] = []
    /// The mapping's pairs with a text key, each key once: usually the parsed array itself, shared, not copied.
    private let pairs: [YAMLPair]
    /// Whether each pair was read by the decoder (linear scans beat hashing for a dozen keys).
    /// Whether each pair was read: a bit each for the first 64, an array only past that (no allocation per reader).
    private var usedBits: UInt64 = 0
    private var usedBeyond: [Bool] = []
    /// Where the next key is looked for first: just after the last one found (decoders ask in about file order).
    private var cursor = 0

    /// A reader over `node`'s pairs; a non-mapping node is reported and read as empty.
    init(node: YAMLNode?, path: String, line: Int, what: String = "P-FRONT-MATTER") {
        self.path = path
        self.line = line
        guard let node, !node.isNull else { self.pairs = []; return }
        guard let yamlPairs = node.pairs else {
            self.pairs = []
            diagnostics.append(.error("E-NOT-MAPPING", ["what": what], at: Location(path: path, line: node.line)))
            return
        }
        // The YAML reader already refuses a repeated text key, so only a non-text key needs the pairs copied.
        if yamlPairs.allSatisfy({ $0.key.scalar != nil }) {
            self.pairs = yamlPairs
        } else {
            var pairs: [YAMLPair] = []
            for pair in yamlPairs {
                guard let key = pair.key.scalar else {
                    diagnostics.append(.error("E-KEY-NOT-TEXT", at: Location(path: path, line: pair.key.line)))
                    continue
                }
                guard !pairs.contains(where: { $0.key.scalar == key }) else {
                    diagnostics.append(.error("E-DUPLICATE-KEY", ["key": key], at: Location(path: path, line: pair.key.line)))
                    continue
                }
                pairs.append(pair)
            }
            self.pairs = pairs
        }
        if pairs.count > 64 { usedBeyond = Array(repeating: false, count: pairs.count - 64) }
    }

    /// Where front matters already read keep their key-line tables, so a repeated layout shares one (nil: none).
    var layouts: FieldLayouts?

    /// The line of each key, for `FieldLines`.
    var fieldLines: FieldLines {
        let lines = layouts?.lines(of: pairs) ?? FieldLayouts.table(of: pairs)
        return FieldLines(file: Location(path: path, line: 1), lines: lines)
    }

    /// The location of a key (or of this mapping when the key is absent).
    func location(of key: String) -> Location {
        Location(path: path, line: index(of: key).map { pairs[$0].key.line } ?? line)
    }

    /// Whether the key is written with a non-null value.
    func has(_ key: String) -> Bool { index(of: key).map { !pairs[$0].value.isNull } ?? false }

    /// The position of the pair whose key is `key` (keys are unique), searched from `cursor` round to it.
    private func index(of key: String) -> Int? {
        let count = pairs.count
        var index = cursor < count ? cursor : 0
        for _ in 0..<count {
            if pairs[index].key.hasScalar(key) { return index }
            index = index + 1 == count ? 0 : index + 1
        }
        return nil
    }

    /// The value of `key` (nil when absent or null), marking it as known; an error when required and missing.
    mutating func value(_ key: String, required: Bool = false) -> YAMLNode? {
        let index = index(of: key)
        if let index {
            markUsed(index)
            cursor = index + 1
        }
        guard let index, !pairs[index].value.isNull else {
            if required { error("E-MISSING-FIELD", ["key": key], line: line) }
            return nil
        }
        return pairs[index].value
    }

    private func isUsed(_ index: Int) -> Bool {
        index < 64 ? usedBits & (1 << UInt64(index)) != 0 : usedBeyond[index - 64]
    }

    private mutating func markUsed(_ index: Int) {
        if index < 64 { usedBits |= 1 << UInt64(index) } else { usedBeyond[index - 64] = true }
    }

    /// Records an error at a line of this file.
    mutating func error(_ code: MessageCode, _ arguments: [String: String] = [:], line: Int) {
        diagnostics.append(.error(code, arguments, at: Location(path: path, line: line)))
    }

    /// Records a warning at a line of this file.
    mutating func warning(_ code: MessageCode, _ arguments: [String: String] = [:], line: Int) {
        diagnostics.append(.warning(code, arguments, at: Location(path: path, line: line)))
    }

    /// The keys not read by the decoder, kept for templates as `params`.
    func params() -> [ParamEntry] {
        pairs.indices.filter { !isUsed($0) }.map { ParamEntry(key: pairs[$0].key.text, value: ParamValue(yaml: pairs[$0].value)) }
    }

    /// A warning for each key of a list item that the decoder did not read (most likely a typo).
    mutating func warnUnknownKeys(in what: String) {
        for (index, pair) in pairs.enumerated() where !isUsed(index) {
            warning("W-UNKNOWN-KEY", ["key": pair.key.text, "what": what], line: pair.key.line)
        }
    }
}

extension YAMLNode {
    /// A key's text (every key a `FieldReader` keeps is a scalar).
    fileprivate var text: String { scalar ?? "" }
}

extension ParamValue {
    /// A YAML value kept as written.
    init(yaml node: YAMLNode) {
        if node.isNull { self = .null; return }
        switch node.kind {
        case .scalar(let text): self = .string(text)
        case .sequence(let items): self = .list(items.map(ParamValue.init(yaml:)))
        case .mapping(let pairs): self = .map(pairs.map { ParamEntry(key: $0.key.scalar ?? "", value: ParamValue(yaml: $0.value)) })
        }
    }
}
