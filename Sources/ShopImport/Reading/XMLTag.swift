/// An element's name and attributes as expat hands them to a start handler: valid only during that call.
/// Names are `namespace|local` (expat's namespace processing), so a prefixed `x:c` and a plain `c` both match `c`.
struct XMLTag {
    /// The element's name.
    let name: UnsafePointer<CChar>
    /// Alternating attribute names and values, ending in a null pointer.
    let attributes: UnsafeMutablePointer<UnsafePointer<CChar>?>?

    /// Whether the element's local name (after the namespace) is `local`.
    func named(_ local: StaticString) -> Bool { Self.localName(name, is: local) }

    /// The value of the first attribute whose local name is `local`.
    func attribute(_ local: StaticString) -> String? {
        guard let attributes else { return nil }
        var index = 0
        while let key = attributes[index] {
            if Self.localName(key, is: local), let value = attributes[index + 1] { return String(cString: value) }
            index += 2
        }
        return nil
    }

    /// Whether a `namespace|local` C string's local part is `local`.
    static func localName(_ name: UnsafePointer<CChar>, is local: StaticString) -> Bool {
        var start = 0
        var index = 0
        while name[index] != 0 {
            if name[index] == 124 { start = index + 1 }  // |
            index += 1
        }
        let count = index - start
        guard count == local.utf8CodeUnitCount else { return false }
        let expected = local.utf8Start
        for offset in 0..<count where UInt8(bitPattern: name[start + offset]) != expected[offset] { return false }
        return true
    }
}
