/// An ordered mapping from names to values: iterates in insertion order, looks up by hashing when large.
public struct TemplateMap: Sendable, ExpressibleByDictionaryLiteral {
    /// Keys in insertion order.
    public private(set) var keys: [String] = []
    /// Values, parallel to `keys`.
    public private(set) var values: [TemplateValue] = []
    private var index: [String: Int]? = nil
    private static let hashThreshold = 8

    /// An empty map.
    public init() {}

    /// A map holding the pairs in written order; a repeated key keeps its first place and last value.
    public init(dictionaryLiteral elements: (String, TemplateValue)...) {
        if elements.count <= Self.hashThreshold, Self.allDifferent(elements) {
            // The common literal (a few different keys, made per row or step): the pairs as written, no look-ups.
            keys = elements.map(\.0)
            values = elements.map(\.1)
            return
        }
        keys.reserveCapacity(elements.count)
        values.reserveCapacity(elements.count)
        for (key, value) in elements { self[key] = value }
    }

    /// Whether no key repeats among `elements` (compared pairwise: meant for the few keys of a literal).
    private static func allDifferent(_ elements: [(String, TemplateValue)]) -> Bool {
        for i in elements.indices {
            for j in elements.index(after: i)..<elements.endIndex where elements[i].0 == elements[j].0 { return false }
        }
        return true
    }

    /// A map of `keys`, which the caller guarantees are all different, to `values`, in that order: no key is compared
    /// and each array is kept as given (host objects build the same few keys per row). Extra keys or values are dropped.
    public init(uniqueKeys keys: [String], values: [TemplateValue]) {
        assert(Set(keys).count == keys.count, "TemplateMap(uniqueKeys:values:) given a repeated key")
        guard keys.count == values.count else {
            self.init(zip(keys, values))
            return
        }
        self.init()
        self.keys = keys
        self.values = values
        if keys.count > Self.hashThreshold { rebuildIndex() }
    }

    /// A map holding the pairs in the given order.
    public init(_ pairs: some Sequence<(String, TemplateValue)>) {
        for (key, value) in pairs { self[key] = value }
    }

    /// How many entries it holds.
    public var count: Int { keys.count }

    /// Whether it holds no entry.
    public var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`; assigning appends a new key or replaces in place, nil removes it.
    public subscript(key: String) -> TemplateValue? {
        get {
            guard let position = position(of: key) else { return nil }
            return values[position]
        }
        set {
            if let position = position(of: key) {
                if let newValue { values[position] = newValue } else { remove(at: position) }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
                if index != nil { index?[key] = keys.count - 1 } else if keys.count > Self.hashThreshold { rebuildIndex() }
            }
        }
    }

    /// The entries in order.
    public var pairs: Zip2Sequence<[String], [TemplateValue]> { zip(keys, values) }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for i in keys.indices where keys[i] == key { return i }
        return nil
    }

    private mutating func remove(at position: Int) {
        keys.remove(at: position)
        values.remove(at: position)
        if keys.count > Self.hashThreshold { rebuildIndex() } else { index = nil }
    }

    private mutating func rebuildIndex() {
        var table = [String: Int](minimumCapacity: keys.count)
        for (i, key) in keys.enumerated() { table[key] = i }
        index = table
    }
}
