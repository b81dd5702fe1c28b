import Diagnostics
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A build's files, written into a hidden folder beside the output and swapped in only when the build succeeded.
public final class StagingFolder: Sendable {
    /// The staging folder's absolute path.
    public let path: String
    /// The output folder it will replace.
    public let destination: String
    private let createdDirectories = Mutex<Set<String>>([])

    init(path: String, destination: String) {
        self.path = path
        self.destination = destination
    }

    /// Writes one file at a path relative to the site root (`products/HD-T001/index.html`); safe from several threads.
    public func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        guard StagingFolder.isSafe(relativePath) else {
            throw .error("refusing to write outside the output folder: \(relativePath)")
        }
        let full = path + "/" + relativePath
        if let slash = full.lastIndex(of: "/") {
            let directory = String(full[..<slash])
            let known = createdDirectories.withLock { $0.contains(directory) }
            if !known {
                do throws(FileSystem.Failure) { try FileSystem.makeDirectories(directory) } catch {
                    throw .error("cannot create folder: \(error)")
                }
                createdDirectories.withLock { _ = $0.insert(directory) }
            }
        }
        do throws(FileSystem.Failure) { try FileSystem.write(bytes, to: full) } catch {
            throw .error("cannot write file: \(error)")
        }
    }

    /// Writes a UTF-8 string.
    public func write(_ text: String, to relativePath: String) throws(Diagnostic) {
        try write(Array(text.utf8), to: relativePath)
    }

    /// Copies a regular file into the site (assets); refuses symlinks.
    public func copyFile(from source: String, to relativePath: String) throws(Diagnostic) {
        guard FileSystem.kind(of: source) == .file, let bytes = FileSystem.read(source) else {
            throw .error("cannot copy \(source): not a readable regular file")
        }
        try write(bytes, to: relativePath)
    }

    /// Swaps the staged site in for the output in one atomic rename, then removes the old site.
    public func commit() throws(Diagnostic) {
        try write(Array("shopsite output folder: replaced whole by every build.\n".utf8), to: OutputFolder.markerName)
        if FileSystem.kind(of: destination) == .missing {
            guard rename(path, destination) == 0 else { throw failure("cannot move the new site into place") }
            return
        }
        if FileSystem.exchange(path, destination) {
            FileSystem.removeTree(path)  // now holds the previous site
            return
        }
        let old = path + ".old"
        guard rename(destination, old) == 0 else { throw failure("cannot move the previous site aside") }
        guard rename(path, destination) == 0 else {
            _ = rename(old, destination)
            throw failure("cannot move the new site into place")
        }
        FileSystem.removeTree(old)
    }

    /// Abandons the build: the previous output stays exactly as it was.
    public func discard() {
        FileSystem.removeTree(path)
    }

    private func failure(_ what: String) -> Diagnostic {
        .error("\(what) (\(destination)): \(String(cString: strerror(errno)))")
    }

    /// Whether a relative path stays inside the site: no empty, `.` or `..` segment, not absolute, no NUL.
    static func isSafe(_ relativePath: String) -> Bool {
        guard !relativePath.isEmpty, !relativePath.hasPrefix("/"), !relativePath.utf8.contains(0) else { return false }
        return relativePath.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { $0 != "" && $0 != "." && $0 != ".." }
    }
}
