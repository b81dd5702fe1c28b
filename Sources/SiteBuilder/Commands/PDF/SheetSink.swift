import Diagnostics
import SiteOutput
import Synchronization

/// Where `shopsite pdf` renders the quote pages: kept in memory, so a sheet whose hash has not changed is never
/// written anywhere; the assets are only noted (which source file would become which site path), not copied.
final class SheetSink: PageSink {
    private let pages = Mutex<[String: [UInt8]]>([:])
    private let assets = Mutex<[String: String]>([:])

    /// Keeps `bytes` as the page at `relativePath`.
    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        guard StagingFolder.isSafe(relativePath) else { throw .error("E-WRITE-OUTSIDE", ["path": relativePath]) }
        pages.withLock { $0[relativePath] = bytes }
    }

    /// Notes that the site's `relativePath` is the file `source`.
    func copyFile(from source: String, to relativePath: String) throws(Diagnostic) {
        guard StagingFolder.isSafe(relativePath) else { throw .error("E-WRITE-OUTSIDE", ["path": relativePath]) }
        assets.withLock { $0[relativePath] = source }
    }

    /// Notes that the site's `relativePath` is the derived photo `source` (a sheet's page may show it).
    func linkFile(from source: String, to relativePath: String) throws(Diagnostic) {
        try copyFile(from: source, to: relativePath)
    }

    /// The page rendered at `relativePath`, if any.
    func page(_ relativePath: String) -> [UInt8]? { pages.withLock { $0[relativePath] } }

    /// The source file of the asset at `relativePath`, if the site has one there.
    func asset(_ relativePath: String) -> String? { assets.withLock { $0[relativePath] } }
}
