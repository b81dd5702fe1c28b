import Foundation

/// Where the built-in theme (`templates/` of this repository) is found at run time.
public enum BuiltinTheme {
    /// The theme folder: `$SHOPSITE_THEME`, else `templates/` beside the package the executable was built in
    /// (`.build/<config>/shopsite` → `../../templates`), else `../share/shopsite/templates` beside the executable.
    public static func path(environment: [String: String] = ProcessInfo.processInfo.environment,
                            executable: String = CommandLine.arguments.first ?? "") -> String? {
        if let explicit = environment["SHOPSITE_THEME"], !explicit.isEmpty { return explicit }
        let binary = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [
            binary.appendingPathComponent("../../templates"),
            binary.appendingPathComponent("../../../templates"),
            binary.appendingPathComponent("../share/shopsite/templates"),
            URL(fileURLWithPath: #filePath).appendingPathComponent("../../../../templates"),
        ]
        for candidate in candidates {
            let path = candidate.standardizedFileURL.path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path + "/base.html", isDirectory: &isDirectory) {
                return path
            }
        }
        return nil
    }
}
