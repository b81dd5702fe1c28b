import Concurrency
import Diagnostics
import ShopModel

extension ShopLoader {
    /// Loads like `load(shopPath:options:)` and keeps every file's decoded result, so that the shop after writing a
    /// few files (an import's) can be assembled from memory with `LoadedFiles.afterWriting(_:)` instead of reading
    /// the whole shop again. The files are nil when the shop folder or content/ is missing (the result says why).
    public static func loadKeepingFiles(shopPath: String, options: LoadOptions) -> (LoadResult, LoadedFiles?) {
        guard let root = ContentFiles.realPath(shopPath), ContentFiles.targetType(root) == .directory,
              ContentFiles.targetType(root + "/content") == .directory else {
            return (load(shopPath: shopPath, options: options), nil)
        }
        let walk = ContentWalker.walk(root: root)
        var leading = DiagnosticList()
        leading.append(contentsOf: walk.diagnostics)
        let settings = loadSettings(walk, into: &leading)
        let decoder = EntityDecoder(settings: settings)
        var decoded: [DecodedFile] = []
        decoded.reserveCapacity(walk.files.count)
        walk.files.parallelForEach(state: { (FileBuffer(), FieldLayouts()) },
                                   { state, file in decoder.decode(file, buffer: state.0, layouts: state.1) },
                                   consume: { decoded.append($0) })
        let files = LoadedFiles(root: root, walk: walk, decoded: decoded, settings: settings, leading: leading, options: options)
        return (files.assembled(), files)
    }
}
