import Foundation

/// One temporary folder per test process that holds every throw-away shop, output and browser profile the site
/// tests make; it is removed when the process exits, so the tests leave nothing behind in the temp folder. A process
/// that died without exiting (a crash, a kill at a time-out) cannot remove its own: the next one removes it.
enum TestScratch {
    /// How every scratch folder's name starts; the process id follows.
    static let prefix = "shopsite-tests-"

    /// The process's scratch folder (created on first use, removed at exit).
    static let root: String = {
        removeStale(in: NSTemporaryDirectory())
        let path = NSTemporaryDirectory() + prefix + "\(getpid())"
        try? FileManager.default.removeItem(atPath: path)  // a stale folder from an earlier process with this pid
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { TestScratch.removeRoot() }
        return path
    }()

    /// A fresh path inside the scratch folder that does not exist yet.
    static func path(_ name: String) -> String {
        root + "/" + name + "-" + UUID().uuidString
    }

    /// Removes the scratch folders in `folder` whose process no longer runs; returns their names.
    @discardableResult
    static func removeStale(in folder: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        var removed: [String] = []
        for name in names where name.hasPrefix(prefix) {
            guard let pid = pid_t(name.dropFirst(prefix.count)), pid > 0, pid != getpid(),
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            if (try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))) != nil {
                removed.append(name)
            }
        }
        return removed
    }

    private static func removeRoot() {
        try? FileManager.default.removeItem(atPath: root)
    }
}
