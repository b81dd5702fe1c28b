#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics

/// Applies a plan all or nothing: every file is first written to a staging file beside its target, and only when
/// all of them are written are they renamed into place; a failure removes the staged files and leaves the shop as it was.
public enum ImportWriter {
    /// The suffix of a staged file (`.O-1.md.import-staged`), hidden from the loader by its leading dot.
    static let stagedSuffix = ".import-staged"

    /// Writes the plan's files into the shop; an error naming the file that could not be written.
    public static func apply(_ plan: ImportPlan, shopPath: String) throws(Diagnostic) {
        var staged: [(staging: String, target: String)] = []
        var folders: Set<Substring> = []
        var created: [String] = []
        for change in plan.changes {
            let target = shopPath + "/" + change.path
            let staging = stagingPath(for: target)
            if let reason = makeFolders(containing: target, made: &folders, created: &created) ?? write(change.bytes, to: staging) {
                for file in staged { unlink(file.staging) }
                unlink(staging)
                for folder in created.reversed() { rmdir(folder) }
                throw .error("E-IMPORT-WRITE", ["reason": reason], at: Location(path: change.path))
            }
            staged.append((staging, target))
        }
        for (index, file) in staged.enumerated() where rename(file.staging, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[index...] { unlink(rest.staging) }
            throw .error("E-IMPORT-WRITE", ["reason": reason], at: Location(path: plan.changes[index].path))
        }
    }

    /// `folder/.name.import-staged` beside `target`.
    static func stagingPath(for target: String) -> String {
        guard let slash = target.lastIndex(of: "/") else { return "." + target + stagedSuffix }
        return target[...slash] + "." + target[target.index(after: slash)...] + stagedSuffix
    }

    /// Creates the folders above `path` (each once: `made` remembers them, `created` lists the new ones, to be removed
    /// should the import fail); the reason when one cannot be made.
    private static func makeFolders(containing path: String, made: inout Set<Substring>, created: inout [String]) -> String? {
        guard let slash = path.lastIndex(of: "/") else { return nil }
        guard made.insert(path[..<slash]).inserted else { return nil }
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (index, part) in parts.enumerated() {
            prefix += (index == 0 ? "" : "/") + part
            guard !part.isEmpty, part != "." else { continue }
            if mkdir(prefix, 0o755) == 0 {
                created.append(prefix)
            } else if errno != EEXIST {
                return "\(prefix): " + String(cString: strerror(errno))
            }
        }
        return nil
    }

    /// Writes a new file (replacing a stale staging file); the reason when it fails.
    private static func write(_ bytes: [UInt8], to path: String) -> String? {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return String(cString: strerror(errno)) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { let reason = String(cString: strerror(errno)); close(fd); return reason }
            offset += written
        }
        guard close(fd) == 0 else { return String(cString: strerror(errno)) }
        return nil
    }
}
