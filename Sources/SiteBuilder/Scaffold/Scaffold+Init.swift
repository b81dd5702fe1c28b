import Diagnostics
import ShopModel
import SiteOutput

extension Scaffold {
    /// `shopsite init DIR`: creates a new shop holding a small example (see `ExampleShop`), dated around `today`.
    ///
    /// DIR must not exist, or be an empty folder (a folder holding only `.git` counts as empty); anything else is
    /// refused and nothing is written. Missing parent folders are created. Should writing fail half-way, what
    /// was written is removed again.
    public static func initShop(at directory: String, today: Day) throws(Diagnostic) {
        var path = directory
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard !path.isEmpty else { throw .error("E-USAGE-INIT-FOLDER") }
        let existed: Bool
        switch FileSystem.kind(of: path) {
        case .missing:
            existed = false
        case .directory:
            let entries = FileSystem.entries(of: path).filter { $0 != ".git" }
            guard entries.isEmpty else {
                throw .error("E-INIT-NOT-EMPTY",
                             at: Location(path: directory))
            }
            existed = true
        default:
            throw .error("E-INIT-NOT-FOLDER", at: Location(path: directory))
        }
        try ScaffoldFiles.makeDirectories(path, shown: directory)
        var created: [String] = []
        do {
            for file in ExampleShop(today: today).files {
                let top = String(file.path.prefix { $0 != "/" })
                if !created.contains(top) { created.append(top) }
                if let slash = file.path.lastIndex(of: "/") {
                    let folder = String(file.path[..<slash])
                    try ScaffoldFiles.makeDirectories(path + "/" + folder, shown: join(directory, folder))
                }
                try ScaffoldFiles.create(file.text, at: path + "/" + file.path, shown: join(directory, file.path))
            }
        } catch {
            if existed {
                for top in created { FileSystem.removeTree(path + "/" + top) }
            } else {
                FileSystem.removeTree(path)
            }
            throw error
        }
    }

    /// `dir/file` for messages, without a doubled slash.
    private static func join(_ directory: String, _ path: String) -> String {
        directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
