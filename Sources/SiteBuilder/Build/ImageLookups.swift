import Photos
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Whether each image the shop names exists under content/, for the checks of one build: each path is looked at
/// once (one `stat`, following links, as `FileManager.fileExists` does), and a raster photo's status is kept, so the
/// photo stage takes its stamp from it instead of a second `stat` of the same file.
final class ImageLookups: Sendable {
    /// `SHOP/content`.
    let contentPath: String
    /// Per path asked, whether it exists.
    private let answers = Mutex<[String: Bool]>([:])
    /// Per raster photo found, its `stat`.
    private let found = Mutex<[String: stat]>([:])

    /// Lookups in the content folder at `contentPath`.
    init(contentPath: String) {
        self.contentPath = contentPath
    }

    /// Whether `path` (relative to content/) is a safe image path naming an existing file or folder.
    func exists(_ path: String) -> Bool {
        if let known = answers.withLock({ $0[path] }) { return known }
        var info = stat()
        let exists = ContentPath.isSafeImage(path) && stat(contentPath + "/" + path, &info) == 0
        if exists && PhotoFormat.isRaster(path) { found.withLock { $0[path] = info } }
        answers.withLock { $0[path] = exists }
        return exists
    }

    /// The `stat` of each raster photo found so far.
    var statuses: [String: stat] { found.withLock { $0 } }
}
