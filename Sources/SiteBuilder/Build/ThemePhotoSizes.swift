import Diagnostics
import FrontMatter
import Foundation
import Photos

/// The photo sizes the theme names in `photos.yaml` (the shop's `templates/photos.yaml` first, then the built-in
/// theme's): `name: { width, height, mode: fit|fill }`, in file order.
enum ThemePhotoSizes {
    /// The sizes of the first `photos.yaml` found in `folders`, `PhotoSize.standard` when there is none; a malformed
    /// file is an error at its line.
    static func read(folders: [String]) throws(Diagnostic) -> [PhotoSize] {
        for folder in folders {
            let path = folder + "/photos.yaml"
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            let display = folder.hasSuffix("templates") ? "templates/photos.yaml" : "theme/photos.yaml"
            return try sizes(in: try YAMLReader.parseFile(Array(data), path: display), display: display)
        }
        return PhotoSize.standard
    }

    /// The sizes in the parsed `root`.
    static func sizes(in root: YAMLNode, display: String) throws(Diagnostic) -> [PhotoSize] {
        guard let pairs = root.pairs else { throw bad(display, root, "a mapping of size names") }
        var sizes: [PhotoSize] = []
        for pair in pairs {
            guard let name = pair.key.scalar, PhotoSize.isPlainName(name), !sizes.contains(where: { $0.name == name }) else {
                throw bad(display, pair.key, "a new size name of ASCII letters, digits and _")
            }
            guard let fields = pair.value.pairs else { throw bad(display, pair.value, "{ width, height, mode }") }
            func field(_ key: String) -> YAMLNode? { fields.first { $0.key.scalar == key }?.value }
            guard let width = field("width")?.scalar.flatMap({ Int($0) }), (16...4096).contains(width),
                  let height = field("height")?.scalar.flatMap({ Int($0) }), (16...4096).contains(height) else {
                throw bad(display, pair.value, "width and height from 16 to 4096")
            }
            let mode = field("mode")?.scalar ?? "fit"
            guard mode == "fit" || mode == "fill" else { throw bad(display, pair.value, "mode fit or fill") }
            sizes.append(PhotoSize(name: name, width: width, height: height, fill: mode == "fill"))
        }
        guard !sizes.isEmpty, sizes.count <= 8 else { throw bad(display, root, "one to eight sizes") }
        return sizes
    }

    private static func bad(_ display: String, _ node: YAMLNode, _ expected: String) -> Diagnostic {
        .error("E-THEME-PHOTO-SIZES", ["expected": expected], at: Location(path: display, line: node.line))
    }
}
