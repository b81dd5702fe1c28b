import Diagnostics
import SiteOutput
#if canImport(Glibc)
import Glibc
#endif

/// Where a build puts the files it makes: the staging folder of `build`, or nowhere at all for `check`, which only
/// needs to know that every file could be made.
protocol PageSink: Sendable {
    /// Writes one file at a path relative to the site root (`products/HD-T001.html`); safe from several threads.
    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic)
    /// Copies a regular file (an asset) into the site at a path relative to its root; refuses anything else.
    func copyFile(from source: String, to relativePath: String) throws(Diagnostic)
    /// `copyFile` of a source whose `lstat` the caller has just taken (`status`), so it is not taken again.
    func copyFile(from source: String, status: stat, to relativePath: String) throws(Diagnostic)
    /// Puts a cache's regular file (a derived photo) into the site, as a hard link where it can; refuses anything else.
    func linkFile(from source: String, to relativePath: String) throws(Diagnostic)
    /// Puts each of `links` into the site: the files placed and the errors, in order. The staging folder keeps the links
    /// a reused site already holds (`StagingFolder.placeLinks`).
    func placeLinks(_ links: [CacheLink]) -> (placed: Int, errors: [Diagnostic])
}

extension PageSink {
    /// A sink that keeps no previous site links each file in turn, every path checked by `linkFile`.
    func placeLinks(_ links: [CacheLink]) -> (placed: Int, errors: [Diagnostic]) {
        var placed = 0, errors: [Diagnostic] = []
        for link in links {
            do throws(Diagnostic) {
                try linkFile(from: link.source, to: link.relativePath)
                placed += 1
            } catch { errors.append(error) }
        }
        return (placed, errors)
    }

    /// A sink that does not compare copies looks at the source itself: `copyFile(from:to:)`.
    func copyFile(from source: String, status: stat, to relativePath: String) throws(Diagnostic) {
        try copyFile(from: source, to: relativePath)
    }
}
