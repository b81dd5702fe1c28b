import Diagnostics
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
    /// Whether the site already holds, at `relativePath`, the link a previous build made to the inode `file` names
    /// (device, inode, size and modification time): then it is kept and counted as written, and `linkFile` not needed.
    func keepsLink(of file: stat, at relativePath: String) throws(Diagnostic) -> Bool
}

extension PageSink {
    /// A sink that keeps no previous site holds no link: false.
    func keepsLink(of file: stat, at relativePath: String) throws(Diagnostic) -> Bool { false }

    /// A sink that does not compare copies looks at the source itself: `copyFile(from:to:)`.
    func copyFile(from source: String, status: stat, to relativePath: String) throws(Diagnostic) {
        try copyFile(from: source, to: relativePath)
    }
}
