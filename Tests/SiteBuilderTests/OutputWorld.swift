import Foundation
@testable import SiteBuilder
@testable import SiteOutput

/// A scratch world for the output-folder tests: a shop (content/, templates/), a fake home and a foreign folder,
/// each holding a planted file, plus symlinks to each, all under `base` four folders deep in a scratch folder.
struct OutputWorld {
    /// The folder everything lies in (`ROOT/a/b/c/d`).
    let base: String
    var shop: String { base + "/shop" }
    var home: String { base + "/home" }
    var foreign: String { base + "/foreign" }

    /// Builds a new world in the scratch folder.
    init() throws {
        base = TestScratch.path("world") + "/a/b/c/d"
        let files = [
            "shop/shop.yaml": "shop", "shop/content/site.yaml": "name: x\n", "shop/content/pages/p.md": "page",
            "shop/templates/base.html": "theme", "home/.profile": "home", "foreign/thesis.txt": "precious",
        ]
        SiteFixture.write(files, under: base)
        let links = ["lshop": base + "/shop", "lcontent": base + "/shop/content", "ltemplates": base + "/shop/templates",
                     "lhome": base + "/home", "lforeign": base + "/foreign", "lup": "..", "lbroken": base + "/gone",
                     "shop/content/lup": ".."]
        for (name, target) in links {
            try FileManager.default.createSymbolicLink(atPath: base + "/" + name, withDestinationPath: target)
        }
    }

    /// The output folder for `path` as `build` would validate it, with the fake home.
    func output(_ path: String) throws -> OutputFolder {
        try OutputFolder(path: path, shopPath: shop, home: home)
    }

    /// What must never change: the refused folders' identities, their planted files, and everything inside
    /// content/ and templates/ (a new output may appear inside the shop, home or the foreign folder, never there).
    func snapshot() -> [String] {
        var lines: [String] = []
        for folder in [shop, shop + "/content", shop + "/templates", home, foreign, "/"] {
            var st = stat()
            lines.append("\(folder) \(lstat(folder, &st) == 0 ? "\(st.st_dev):\(st.st_ino)" : "missing")")
        }
        for file in ["shop/shop.yaml", "home/.profile", "foreign/thesis.txt"] { lines.append(file + " " + SiteFixture.text(base, file)) }
        for folder in ["shop/content", "shop/templates"] { lines += Self.tree(base + "/" + folder, prefix: folder) }
        return lines
    }

    /// Every entry under `folder` (symlinks not followed) with its bytes or link target.
    static func tree(_ folder: String, prefix: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var lines: [String] = []
        for name in names.sorted() {
            let path = folder + "/" + name, label = prefix + "/" + name
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path) {
                lines.append(label + " -> " + target)
            } else if FileSystem.kind(of: path) == .directory {
                lines.append(label + "/")
                lines += tree(path, prefix: label)
            } else {
                lines.append(label + " " + SiteFixture.text(folder, name))
            }
        }
        return lines
    }
}
