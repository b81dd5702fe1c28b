/// Rules for the names given to `include`, `extends` and `import`: relative, inside the templates folder.
enum TemplateName {
    /// Why `name` is refused, or nil when it is acceptable.
    static func problem(with name: String) -> String? {
        if name.isEmpty { return "template name is empty" }
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.dropFirst().hasPrefix(":") {
            return "template name '\(name)' is an absolute path; names are relative to the templates folder"
        }
        let parts = name.split(whereSeparator: { $0 == "/" || $0 == "\\" })
        if parts.contains("..") {
            return "template name '\(name)' leaves the templates folder ('..' is not allowed)"
        }
        return nil
    }

    /// `a/./b` → `a/b`, so one file has one name.
    static func normalized(_ name: String) -> String {
        name.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }
}
