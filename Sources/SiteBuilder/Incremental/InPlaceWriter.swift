import Concurrency
import Diagnostics
#if canImport(Glibc)
import Glibc
import SiteOutput
#endif

/// Replaces single files of a served site: each is written under a temporary name beside it and renamed over the
/// old one, so a reader sees the old file or the new one, never half of one.
struct InPlaceWriter {
    /// The output folder.
    let root: String

    /// Writes the files on every core; the error of the first file (in list order) that failed, nil when all were
    /// written (after a failure the others may or may not be in place).
    func write(_ files: [(path: String, bytes: [UInt8])]) -> Diagnostic? {
        let failures = files.parallelMap(serialUpTo: 1) { file -> Diagnostic? in
            do throws(Diagnostic) { try write(file.bytes, to: file.path) } catch { return error }
            return nil
        }
        for case let failure? in failures { return failure }
        return nil
    }

    /// Writes `bytes` at a path relative to the output, creating its folder when needed.
    func write(_ bytes: [UInt8], to relativePath: String) throws(Diagnostic) {
        guard StagingFolder.isSafe(relativePath) else {
            throw .error("E-WRITE-OUTSIDE", ["path": relativePath])
        }
        let full = root + "/" + relativePath
        if let slash = full.lastIndex(of: "/") {
            do throws(FileSystem.Failure) { try FileSystem.makeDirectories(String(full[..<slash])) } catch {
                throw .error("E-CREATE-FOLDER", ["reason": "\(error)"])
            }
        }
        let temporary = temporaryName(for: full)
        do throws(FileSystem.Failure) { try FileSystem.write(bytes, to: temporary) } catch {
            unlink(temporary)
            throw .error("E-WRITE-FILE", ["reason": "\(error)"])
        }
        guard rename(temporary, full) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .error("E-MOVE-INTO-PLACE", ["path": relativePath, "reason": reason])
        }
    }

    /// Removes a page that no longer exists, and its folder (then the folders above it) once empty.
    func remove(_ relativePath: String) {
        guard StagingFolder.isSafe(relativePath) else { return }
        unlink(root + "/" + relativePath)
        var folder = relativePath
        while let slash = folder.lastIndex(of: "/") {
            folder = String(folder[..<slash])
            guard rmdir(root + "/" + folder) == 0 else { return }
        }
    }

    /// `dir/.name.shopsite-new-PID`: hidden, in the same folder (so the rename stays on one file system).
    private func temporaryName(for full: String) -> String {
        guard let slash = full.lastIndex(of: "/") else { return ".\(full).shopsite-new-\(getpid())" }
        return String(full[...slash]) + "." + String(full[full.index(after: slash)...]) + ".shopsite-new-\(getpid())"
    }
}
