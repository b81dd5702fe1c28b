import Diagnostics
import FrontMatter
import ShopModel

extension FieldReader {
    /// A text value; an error when it is a list or mapping.
    mutating func text(_ key: String, required: Bool = false) -> String? {
        guard let node = value(key, required: required) else { return nil }
        guard let text = node.scalar else {
            error(node.items != nil ? "E-TEXT-NOT-LIST" : "E-TEXT-NOT-MAPPING", ["key": key], line: node.line)
            return nil
        }
        return text
    }

    /// A whole number of at least `minimum`.
    mutating func int(_ key: String, minimum: Int, required: Bool = false) -> Int? {
        guard let node = value(key, required: required), let text = scalar(node, key: key) else { return nil }
        guard let number = Int(text), number >= minimum else {
            error("E-INT-RANGE", ["key": key, "minimum": "\(minimum)", "text": text], line: node.line)
            return nil
        }
        return number
    }

    /// The most days a span (a lead time, a validity, an analytics window) may be: a hundred years, so that every date
    /// arithmetic and every per-day table stays small.
    static let maximumDays = 36_500

    /// A number of days from `minimum` to `maximumDays`.
    mutating func days(_ key: String, minimum: Int) -> Int? {
        guard let node = value(key), let text = scalar(node, key: key) else { return nil }
        guard let number = Int(text), (minimum...FieldReader.maximumDays).contains(number) else {
            error("E-DAYS-RANGE", ["key": key, "minimum": "\(minimum)", "text": text], line: node.line)
            return nil
        }
        return number
    }

    /// A quantity of an order or quote line: a whole number in 1...`Quantity.maximum`.
    mutating func quantity(_ key: String) -> Int? {
        guard let node = value(key, required: true), let text = scalar(node, key: key) else { return nil }
        guard let number = Int(text), Quantity.range.contains(number) else {
            error("E-QTY-RANGE", ["key": key, "maximum": Quantity.maximumText, "text": text], line: node.line)
            return nil
        }
        return number
    }

    /// An amount with at most 4 decimals, not negative.
    mutating func money(_ key: String, required: Bool = false) -> Money? {
        guard let node = value(key, required: required), let text = scalar(node, key: key) else { return nil }
        do throws(Money.ParseError) {
            let amount = try Money.parse(text.trimmingSpaces)
            guard !amount.isNegative else {
                error("E-NEGATIVE-AMOUNT", ["key": key, "text": text], line: node.line)
                return nil
            }
            return amount
        } catch {
            let (code, written): (MessageCode, String) = switch error {
            case .notANumber(let s): ("E-AMOUNT-NOT-NUMBER", s)
            case .tooManyDecimals(let s): ("E-AMOUNT-DECIMALS", s)
            case .outOfRange(let s): ("E-AMOUNT-TOO-LARGE", s)
            }
            self.error(code, ["key": key, "text": written, "ceiling": Money.ceilingText], line: node.line)
            return nil
        }
    }

    /// A rate (a tax rate or a discount's percentage) with at most 4 decimals, not negative, with `money`'s messages.
    mutating func rate(_ key: String) -> Rate? {
        money(key).map { Rate(tenThousandths: $0.tenThousandths) }
    }

    /// A date written `YYYY-MM-DD`; an error for another shape or an impossible date.
    mutating func day(_ key: String, required: Bool = false) -> Day? {
        guard let node = value(key, required: required), let text = scalar(node, key: key) else { return nil }
        guard let day = Day(text.trimmingSpaces) else {
            error("E-DATE-FORMAT", ["key": key, "text": text], line: node.line)
            return nil
        }
        return day
    }

    /// One of the allowed values of an enumeration.
    mutating func choice<E: RawRepresentable>(_ key: String, among allowed: [E], required: Bool = false) -> E?
    where E.RawValue == String {
        guard let node = value(key, required: required), let text = scalar(node, key: key) else { return nil }
        guard let found = allowed.first(where: { $0.rawValue == text }) else {
            error("E-CHOICE", ["key": key, "allowed": allowed.map(\.rawValue).joined(separator: ", "), "text": text], line: node.line)
            return nil
        }
        return found
    }

    /// true/false (also yes/no).
    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key), let text = scalar(node, key: key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("E-BOOL", ["key": key, "text": text], line: node.line)
            return nil
        }
    }

    /// A list of texts; a single text is read as a list of one.
    mutating func textList(_ key: String) -> [String] {
        guard let node = value(key) else { return [] }
        if let text = node.scalar { return [text] }
        guard let items = node.items else {
            error("E-LIST-NOT-MAPPING", ["key": key], line: node.line)
            return []
        }
        return items.compactMap { item in
            guard !item.isNull else { return nil }
            return scalar(item, key: key)
        }
    }

    /// The entries of the list under `key`: nil when it is not a list (the `shape` error at its line); none, after the
    /// `empty` warning at the key's line (the front matter's first when the key is missing), when it lists nothing.
    mutating func entries(_ key: String, shape: MessageCode, empty: MessageCode) -> [YAMLNode]? {
        let node = value(key)
        if let node, node.items == nil {
            error(shape, line: node.line)
            return nil
        }
        guard let list = node?.items, !list.isEmpty else {
            warning(empty, line: location(of: key).line)
            return []
        }
        return list
    }

    /// A nested mapping (`quote: { validity_days: 15 }`), read with its own reader.
    mutating func mapping(_ key: String) -> FieldReader? {
        guard let node = value(key) else { return nil }
        var reader = FieldReader(node: node, path: path, line: node.line, what: "`\(key)`")
        let ok = reader.diagnostics.isEmpty
        diagnostics.append(contentsOf: reader.diagnostics)
        reader.diagnostics = []
        return ok ? reader : nil
    }

    /// The text of a scalar node; an error for a list or mapping.
    mutating func scalar(_ node: YAMLNode, key: String) -> String? {
        guard let text = node.scalar else {
            error(node.items != nil ? "E-SCALAR-NOT-LIST" : "E-SCALAR-NOT-MAPPING", ["key": key], line: node.line)
            return nil
        }
        return text
    }

    /// The entity's id: the id key, else the file name; an error when it is not a valid id.
    mutating func id(kind: ContentKind, stem: String) -> String? {
        let written = text(kind.idKey)
        let id = written ?? stem
        guard ID<Product>.isValid(id) else {
            let at = written == nil ? line : location(of: kind.idKey).line
            let length = id.count
            if length > ID<Product>.maximumLength {
                let start = String(id.prefix(20))
                error(written == nil ? "E-ID-TOO-LONG-FILE-NAME" : "E-ID-TOO-LONG",
                      ["kind": kind.nounCode, "key": kind.idKey, "start": start, "length": "\(length)",
                       "maximum": "\(ID<Product>.maximumLength)"], line: at)
                return nil
            }
            error(written == nil ? "E-ID-INVALID-FILE-NAME" : "E-ID-INVALID", ["kind": kind.nounCode, "key": kind.idKey, "id": id],
                  line: at)
            return nil
        }
        return id
    }
}

extension String {
    /// The text without leading and trailing spaces.
    var trimmingSpaces: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last,
              first == 32 || first == 9 || last == 32 || last == 9 else { return self }
        var s = Substring(self)
        while s.first == " " || s.first == "\t" { s.removeFirst() }
        while s.last == " " || s.last == "\t" { s.removeLast() }
        return String(s)
    }
}
