import Diagnostics

/// Rules for the names given to `include`, `extends` and `import`: relative, inside the templates folder.
enum TemplateName {
    /// Why `name` is refused as a phrase of `MessageCatalog.templateSyntax`, or nil when it is acceptable.
    static func problemPhrase(with name: String) -> (code: MessageCode, arguments: [String: String])? {
        if isPlain(name) { return nil }
        if name.isEmpty { return ("P-TEMPLATE-NAME-EMPTY", [:]) }
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.dropFirst().hasPrefix(":") {
            return ("P-TEMPLATE-NAME-ABSOLUTE", ["name": name])
        }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("..") {
            return ("P-TEMPLATE-NAME-OUTSIDE", ["name": name])
        }
        return nil
    }

    /// Whether the name has no `.` after a separator, no doubled or leading separator, no backslash and no drive colon:
    /// the common case, which needs neither checking nor normalising.
    private static func isPlain(_ name: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        for byte in name.utf8 {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: ":") { return false }
            if previous == UInt8(ascii: "/") && (byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/")) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "/")
    }

    /// `a/./b` → `a/b`, so one file has one name.
    static func normalized(_ name: String) -> String {
        if isPlain(name) { return name }
        return name.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
