/// Truthiness, type names and plain-text forms used by `if`, messages and filters.
extension TemplateValue {
    /// Whether `if` takes this value as true: none, false, zero and empty are false.
    public var isTruthy: Bool {
        switch self {
        case .null: false
        case .bool(let b): b
        case .int(let i): i != 0
        case .decimal(let d): d != 0
        case .double(let d): d != 0 && !d.isNaN
        case .string(let s), .safe(let s): !s.isEmpty
        case .list(let l): !l.isEmpty
        case .map(let m): !m.isEmpty
        case .object: true
        }
    }

    /// The type as messages name it (`string`, `list` …).
    public var typeName: String {
        switch self {
        case .null: "none"
        case .bool: "boolean"
        case .int: "integer"
        case .decimal: "decimal"
        case .double: "number"
        case .string: "string"
        case .safe: "safe string"
        case .list: "list"
        case .map: "map"
        case .object: "object"
        }
    }

    /// The text of a scalar (before escaping), or nil for lists, maps and objects.
    public var text: String? {
        switch self {
        case .null: ""
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .decimal(let d): DecimalText.plain(d)
        case .double(let d): DecimalText.plain(d)
        case .string(let s), .safe(let s): s
        case .list, .map, .object: nil
        }
    }

    /// Whether it is an int, decimal or double.
    var isNumber: Bool {
        switch self {
        case .int, .decimal, .double: true
        default: false
        }
    }

    /// The string content of `.string` or `.safe`.
    var stringContent: String? {
        switch self {
        case .string(let s), .safe(let s): s
        default: nil
        }
    }

    /// Member `name` (as a template wrote it) of a map or object, nil when absent or not a container. Inlined, so a
    /// caller reading a stored value (a variable's) switches on it in place instead of copying the whole value first.
    @inline(__always)
    func member(_ name: Symbol) -> TemplateValue? {
        switch self {
        case .map(let m): m[name.text]
        case .object(let o): o.object.member(MemberName(name))
        default: nil
        }
    }

    /// Member `name` of a map or object, nil when absent or not a container.
    func member(_ name: String) -> TemplateValue? {
        switch self {
        case .map(let m): m[name]
        case .object(let o): o.object.member(name)
        default: nil
        }
    }
}
